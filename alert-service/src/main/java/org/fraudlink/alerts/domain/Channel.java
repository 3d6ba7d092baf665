package org.fraudlink.alerts.domain;

/** How a unit reaches a likely victim: SMS (12381) for low risk, a 96110 call for medium, a visit for high. */
public enum Channel {
    SMS, HOTLINE_96110, IN_PERSON;

    public static Channel forGrade(Grade grade) {
        return switch (grade) {
            case LOW -> SMS;
            case MEDIUM -> HOTLINE_96110;
            case HIGH -> IN_PERSON;
        };
    }
}
