package org.fraudlink.alerts.domain;

/** The partner's answer to an order. */
public enum InterventionResult {
    EXECUTED, REJECTED, NOT_FOUND
}
