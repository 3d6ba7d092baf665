package org.fraudlink.registry.domain;

/** The issuing unit's decision on an appeal: granting it lifts the sanction. */
public enum AppealOutcome {
    GRANTED, DENIED
}
