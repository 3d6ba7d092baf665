package org.fraudlink.alerts.domain;

/** Where a warning lead came from. */
public enum SourceKind {
    BANK_RISK_MONITOR, TELECOM_CALL_ANALYSIS, INTERNET_PLATFORM, NATIONAL_CENTER, PUBLIC_REPORT
}
