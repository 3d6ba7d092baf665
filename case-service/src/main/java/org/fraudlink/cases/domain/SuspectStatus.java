package org.fraudlink.cases.domain;

/** Where a suspect stands. */
public enum SuspectStatus {
    WANTED,
    ARRESTED,
    RELEASED
}
