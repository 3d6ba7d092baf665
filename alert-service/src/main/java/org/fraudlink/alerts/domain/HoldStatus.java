package org.fraudlink.alerts.domain;

/** Whether a stop-payment or freeze still holds the account, computed from its legal clock. */
public enum HoldStatus {
    HOLDING, LAPSED, FOLLOWED_BY_FREEZE, EXPIRED
}
