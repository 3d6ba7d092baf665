package org.fraudlink.cases.api;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.audit.AuditEndpoints;

/** The audit trail of case-service, for auditors. */
@Path("/api/v1/audit/cases")
@Tag(name = "Audit")
public class CaseAuditResource extends AuditEndpoints {
}
