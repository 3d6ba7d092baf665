package org.fraudlink.registry.domain;

import java.time.LocalTime;

/** A liaison as an organisation or the registry admin registers them. */
public record NewLiaison(String name, String title, String phone, LiaisonRole role, LocalTime dutyFrom,
        LocalTime dutyTo) {
}
