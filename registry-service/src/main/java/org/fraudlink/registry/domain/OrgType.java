package org.fraudlink.registry.domain;

/** The kinds of organisation in the joint-meeting system; police units form a hierarchy, the others are partners. */
public enum OrgType {
    POLICE, BANK, TELECOM, INTERNET, PAYMENT, REGULATOR
}
