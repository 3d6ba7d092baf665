package org.fraudlink.cases.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.cases.domain.CaseSearch;
import org.fraudlink.cases.domain.CaseService;
import org.fraudlink.cases.domain.CaseSort;
import org.fraudlink.cases.domain.CaseStatus;
import org.fraudlink.cases.domain.CaseType;
import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** Fraud cases: open, read, search, change and move through their states — within the caller's jurisdiction. */
@Path("/api/v1/cases")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
@Tag(name = "Cases")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    CurrentCaller caller;

    @POST
    @Idempotent
    @Transactional
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @Operation(summary = "Open a case, owned by the caller's unit and numbered {region}-{year}-{sequence}")
    public Response open(@NotNull @Valid CaseRequest request) {
        CaseView view = CaseView.of(cases.open(caller.get(), request.toNewCase()));
        return Response.created(URI.create("/api/v1/cases/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case (404 outside the caller's jurisdiction)")
    public CaseView get(UUID id) {
        return CaseView.of(cases.get(caller.get(), id));
    }

    @GET
    @Operation(summary = "Search cases within the caller's jurisdiction; sort by reportedAt, lossAmount or number"
            + " (prefix '-' descends; default -reportedAt)")
    public Page<CaseView> search(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("tag") String tag, @QueryParam("region") String region, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("minLoss") String minLoss, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @Valid @BeanParam PageRequest paging) {
        String regionCode = QueryParams.region("region", region);
        var fromDay = QueryParams.date("from", from);
        var toDay = QueryParams.date("to", to);
        QueryParams.requireOrdered(fromDay, toDay);
        CaseSearch search = new CaseSearch(
                QueryParams.enumValue("type", type, CaseType.class),
                QueryParams.enumValue("status", status, CaseStatus.class),
                tag == null || tag.isEmpty() ? null : tag,
                regionCode == null ? null : Regions.prefix(regionCode),
                fromDay, toDay,
                QueryParams.money("minLoss", minLoss),
                text == null || text.isBlank() ? null : text.strip(),
                sort == null || sort.isEmpty() ? CaseSort.DEFAULT : CaseSort.parse(sort).orElseThrow(
                        () -> ProblemException.invalid("sort", "must be one of " + CaseSort.allowed())));
        return cases.search(caller.get(), search, paging).map(CaseView::of);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Transactional
    @Operation(summary = "Change a case's details; send the version you read (409 version-conflict otherwise)")
    public CaseView change(UUID id, @NotNull @Valid CasePatch patch) {
        return CaseView.of(cases.change(caller.get(), id, patch.toChanges()));
    }

    @POST
    @Path("{id}/transitions")
    @Idempotent
    @Transactional
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @Operation(summary = "Move a case: REPORTED→FILED→SOLVED→CLOSED or REPORTED→REJECTED (409 illegal-transition)")
    public Response transition(UUID id, @NotNull @Valid TransitionRequest request) {
        return Response.ok(CaseView.of(cases.transition(caller.get(), id, request.to(), request.reason(),
                request.at(), request.version()))).build();
    }

    @GET
    @Path("{id}/transitions")
    @Operation(summary = "The case's history of state changes")
    public List<TransitionView> history(UUID id) {
        return cases.history(caller.get(), id).stream().map(TransitionView::of).toList();
    }
}
