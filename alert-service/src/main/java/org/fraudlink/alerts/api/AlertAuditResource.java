package org.fraudlink.alerts.api;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.audit.AuditEndpoints;

/** The audit trail of alert-service, for auditors. */
@Path("/api/v1/audit/alerts")
@Tag(name = "Audit")
public class AlertAuditResource extends AuditEndpoints {
}
