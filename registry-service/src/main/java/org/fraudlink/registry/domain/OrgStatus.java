package org.fraudlink.registry.domain;

/** A suspended organisation gets no tokens, no dispatches and no orders. */
public enum OrgStatus {
    ACTIVE, SUSPENDED
}
