package org.fraudlink.platform.security;

/** The role names of the contract, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String POLICE = "police";
    public static final String TASK_FORCE = "task-force";
    public static final String PARTNER = "partner";
    public static final String REGISTRY_ADMIN = "registry-admin";
    public static final String AUDITOR = "auditor";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
