package org.fraudlink.cases.domain;

/** The case types of the contract's vocabulary. */
public enum CaseType {
    LOAN,
    ORDER_BRUSHING,
    PIG_BUTCHERING,
    FAKE_CUSTOMER_SERVICE,
    IMPERSONATING_AUTHORITY,
    INVESTMENT,
    CARD_TRAFFICKING,
    OTHER
}
