package org.fraudlink.alerts.domain;

/** What the unit found when it reached (or tried to reach) the victim. */
public enum Outcome {
    DISSUADED, NOT_REACHED, ALREADY_DEFRAUDED, FALSE_ALARM
}
