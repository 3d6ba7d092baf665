package org.fraudlink.registry.api;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.audit.AuditEndpoints;

/** The audit trail of registry-service, for auditors. */
@Path("/api/v1/audit/registry")
@Tag(name = "Audit")
public class RegistryAuditResource extends AuditEndpoints {
}
