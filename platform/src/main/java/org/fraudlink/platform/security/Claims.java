package org.fraudlink.platform.security;

/** The fraudlink-specific claim names of the contract, beside the standard ones. */
public final class Claims {

    public static final String ORG = "org";
    public static final String ORG_TYPE = "org_type";
    public static final String REGION = "region";
    public static final String AUDIENCE = "fraudlink";

    private Claims() {
    }
}
