package org.fraudlink.registry.domain;

import java.util.List;

/** The police unit responsible for a region and the units above it, for escalation ({@code chain[0]} = unit). */
public record Jurisdiction(String region, DirectoryEntry unit, List<DirectoryEntry> chain) {
}
