package org.fraudlink.platform.audit;

import java.time.Instant;

import jakarta.ws.rs.QueryParam;

/** What an auditor can narrow the trail by; every field is optional. */
public class AuditFilter {

    @QueryParam("actor")
    public String actor;

    @QueryParam("org")
    public String org;

    @QueryParam("action")
    public String action;

    @QueryParam("resourceType")
    public String resourceType;

    @QueryParam("resourceId")
    public String resourceId;

    /** Inclusive lower bound of {@code occurredAt}. */
    @QueryParam("from")
    public Instant from;

    /** Exclusive upper bound of {@code occurredAt}. */
    @QueryParam("to")
    public Instant to;
}
