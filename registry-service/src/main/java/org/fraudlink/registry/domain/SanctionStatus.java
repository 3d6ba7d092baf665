package org.fraudlink.registry.domain;

/** A sanction restricts until its end date unless it is lifted. */
public enum SanctionStatus {
    ACTIVE, LIFTED
}
