package org.fraudlink.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.Roles;

/**
 * The audit trail of one service for the {@code auditor} role. Each service exposes it under its own path by
 * extending this class: {@code @Path("/api/v1/audit/cases") class CaseAuditResource extends AuditEndpoints}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditEndpoints {

    @Inject
    AuditQuery query;

    @Inject
    AuditVerifier verifier;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "List audit records, newest first")
    public Page<AuditRecord> list(@BeanParam AuditFilter filter, @Valid @BeanParam PageRequest paging) {
        return query.find(filter, paging);
    }

    @GET
    @Path("verify")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Verify the audit chain and name the first broken record")
    public AuditVerification verify() {
        return verifier.verify();
    }
}
