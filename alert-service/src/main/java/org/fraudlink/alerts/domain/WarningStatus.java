package org.fraudlink.alerts.domain;

/** Where a warning stands: UNROUTED only while no police unit could be named for it. */
public enum WarningStatus {
    DISPATCHED, ACKNOWLEDGED, CLOSED, UNROUTED
}
