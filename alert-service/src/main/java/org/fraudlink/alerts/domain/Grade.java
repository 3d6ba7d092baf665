package org.fraudlink.alerts.domain;

/** Risk grade of a warning; it picks the channel. */
public enum Grade {
    LOW, MEDIUM, HIGH
}
