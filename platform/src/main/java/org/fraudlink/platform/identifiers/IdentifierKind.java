package org.fraudlink.platform.identifiers;

/**
 * The identifier kinds of the contract. They live in the platform, not in one service, because case-service and
 * alert-service must normalise identifiers byte for byte alike: a flag raised by one is looked up by the other.
 */
public enum IdentifierKind {
    BANK_ACCOUNT,
    PAYMENT_ACCOUNT,
    PHONE,
    DOMAIN,
    IM_ACCOUNT
}
