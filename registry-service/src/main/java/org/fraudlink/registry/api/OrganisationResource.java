package org.fraudlink.registry.api;

import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.FieldError;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;
import org.fraudlink.registry.domain.OrganisationChange;
import org.fraudlink.registry.domain.OrganisationRules;
import org.fraudlink.registry.domain.Organisations;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;
import org.fraudlink.platform.web.QueryParams;

/** The directory of organisations: read by every caller, written by the registry admin. */
@Path("/api/v1/registry/orgs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> PATCHABLE = Set.of("name", "region", "parentCode", "contact", "status",
            "version");

    @Inject
    Organisations organisations;

    @Inject
    OrganisationRepository repository;

    @Inject
    CurrentCaller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Idempotent
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Operation(summary = "Create an organisation (publishes OrganisationChanged)")
    public Response create(@NotNull @Valid OrganisationRequest request) {
        Organisation created = organisations.create(request.toDraft());
        return Response.created(URI.create("/api/v1/registry/orgs/" + created.code))
                .entity(OrganisationView.of(created, true)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List the directory, by code; filter by type, status and region (covered by it)")
    public Page<OrganisationView> list(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("region") String region, @Valid @BeanParam PageRequest paging) {
        String prefix = "";
        if (region != null) {
            OrganisationRules.requireRegion("region", region);
            prefix = Regions.prefix(region);
        }
        Caller current = caller.get();
        return repository.list(QueryParams.enumValue("type", type, OrgType.class),
                        QueryParams.enumValue("status", status, OrgStatus.class), prefix, paging)
                .map(o -> OrganisationView.of(o, OrganisationRules.seesContact(current, o.code)));
    }

    @GET
    @Path("{code}")
    @Authenticated
    @Operation(summary = "One organisation; the contact only for police, task force, admin and itself")
    public OrganisationView get(String code) {
        Caller current = caller.get();
        return OrganisationView.of(organisations.get(code), OrganisationRules.seesContact(current, code));
    }

    @PATCH
    @Path("{code}")
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change or suspend an organisation (JSON merge patch; publishes OrganisationChanged)")
    public OrganisationView patch(String code, String body) throws JsonProcessingException {
        OrganisationChange change = parsePatch(body);
        return OrganisationView.of(organisations.change(code, change), true);
    }

    private OrganisationChange parsePatch(String body) throws JsonProcessingException {
        JsonNode tree = mapper.readTree(body == null ? "" : body);
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The body must be a JSON object", List.of());
        }
        Set<String> present = new HashSet<>();
        for (Iterator<String> names = tree.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                throw new ProblemException(ProblemType.UNKNOWN_FIELD, "Unknown field '" + name + "'",
                        List.of(new FieldError(name, "is not a field of this request")));
            }
            present.add(name);
        }
        for (String required : List.of("name", "region", "status")) {
            if (present.contains(required) && tree.get(required).isNull()) {
                throw ProblemException.invalid(required, "must not be null");
            }
        }
        OrganisationPatch patch = mapper.treeToValue(tree, OrganisationPatch.class);
        var violations = validator.validate(patch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new OrganisationChange(present, patch.name() == null ? null : patch.name().strip(), patch.region(),
                patch.parentCode(), patch.contact(), patch.status(), patch.version());
    }
}
