package org.fraudlink.cases.domain;

import java.util.Map;
import java.util.Set;

/**
 * The life of a case: {@code REPORTED → FILED → SOLVED → CLOSED}, or {@code REPORTED → REJECTED}. Every other
 * change is illegal.
 */
public enum CaseStatus {
    REPORTED,
    FILED,
    SOLVED,
    CLOSED,
    REJECTED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            REPORTED, Set.of(FILED, REJECTED),
            FILED, Set.of(SOLVED),
            SOLVED, Set.of(CLOSED),
            CLOSED, Set.of(),
            REJECTED, Set.of());

    public boolean canMoveTo(CaseStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Whether the case is confirmed as a crime, so its identifiers are published as {@code IdentifierConfirmed}. */
    public boolean isConfirmed() {
        return this == FILED || this == SOLVED || this == CLOSED;
    }
}
