package org.fraudlink.registry.domain;

/** A disabled API client gets no tokens; disabling cannot be undone (make a new client instead). */
public enum ClientStatus {
    ACTIVE, DISABLED
}
