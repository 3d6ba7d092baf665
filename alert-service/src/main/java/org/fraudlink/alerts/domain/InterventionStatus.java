package org.fraudlink.alerts.domain;

/** Where an order to a partner stands. */
public enum InterventionStatus {
    PENDING, ACKNOWLEDGED, RESOLVED
}
