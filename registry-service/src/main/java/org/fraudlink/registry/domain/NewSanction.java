package org.fraudlink.registry.domain;

import java.time.LocalDate;

/** What an issuing unit gives to sanction a person; {@code endDate} defaults to five years after the start. */
public record NewSanction(String idNumber, String name, String reason, LocalDate startDate, LocalDate endDate) {
}
