package org.fraudlink.alerts.domain;

import java.util.Set;

/** The orders police send to partners, each to the kinds of organisation that can carry it out. */
public enum InterventionKind {
    STOP_PAYMENT(true, "BANK", "PAYMENT"),
    FREEZE(true, "BANK", "PAYMENT"),
    FUND_RETURN(true, "BANK", "PAYMENT"),
    PHONE_SUSPENSION(false, "TELECOM"),
    DOMAIN_BLOCK(false, "INTERNET"),
    PLATFORM_ACCOUNT_SUSPENSION(false, "INTERNET");

    private final boolean aboutMoney;
    private final Set<String> targetTypes;

    InterventionKind(boolean aboutMoney, String... targetTypes) {
        this.aboutMoney = aboutMoney;
        this.targetTypes = Set.of(targetTypes);
    }

    /** Orders about money carry an amount; the others must not. */
    public boolean aboutMoney() {
        return aboutMoney;
    }

    public boolean fits(String organisationType) {
        return targetTypes.contains(organisationType);
    }

    public Set<String> targetTypes() {
        return targetTypes;
    }
}
