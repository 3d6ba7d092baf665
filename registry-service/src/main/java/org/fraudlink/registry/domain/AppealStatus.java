package org.fraudlink.registry.domain;

/** An appeal waits ({@code PENDING}) until the issuing unit grants it (the sanction is lifted) or denies it. */
public enum AppealStatus {
    PENDING, GRANTED, DENIED
}
