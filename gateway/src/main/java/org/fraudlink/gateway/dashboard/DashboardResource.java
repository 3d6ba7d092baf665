package org.fraudlink.gateway.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.vertx.core.Future;

import org.fraudlink.gateway.dashboard.StatisticsClient.Part;
import org.fraudlink.gateway.routing.Backend;
import org.fraudlink.gateway.routing.Problems;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.web.RequestIds;

/** {@code GET /api/v1/dashboard}: the press-release report, from the three statistics endpoints in parallel. */
@Path("/api/v1/dashboard")
public class DashboardResource {

    @Inject
    StatisticsClient statistics;

    @Inject
    Problems problems;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("task-force")
    @Operation(operationId = "getDashboard", summary = "The press-release report for a region and period",
            description = "Composed from /api/v1/stats/cases, /api/v1/stats/alerts and /api/v1/registry/stats, "
                    + "called in parallel with the caller's token. A service that is down or too slow is listed "
                    + "in `missing` and its figures are null (503 when none answers); a refusal by a service "
                    + "(400, 403) is answered as is.")
    @APIResponse(responseCode = "200", description = "the report",
            content = @Content(schema = @Schema(implementation = DashboardReport.class)))
    public CompletionStage<Response> dashboard(
            @Parameter(description = "6-digit division code; default the caller's jurisdiction")
            @QueryParam("region") String region,
            @Parameter(description = "first day (ISO date, inclusive)") @QueryParam("from") String from,
            @Parameter(description = "last day (ISO date, exclusive)") @QueryParam("to") String to,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestIds.HEADER) String requestId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("region", region);
        params.put("from", from);
        params.put("to", to);
        Future<Part> cases = statistics.fetch(Backend.CASES, "/api/v1/stats/cases", params, authorization,
                requestId);
        Future<Part> alerts = statistics.fetch(Backend.ALERTS, "/api/v1/stats/alerts", params, authorization,
                requestId);
        Future<Part> registry = statistics.fetch(Backend.REGISTRY, "/api/v1/registry/stats", params, authorization,
                requestId);
        return Future.all(cases, alerts, registry)
                .map(all -> answer(cases.result(), alerts.result(), registry.result(), requestId))
                .toCompletionStage();
    }

    private Response answer(Part cases, Part alerts, Part registry, String requestId) {
        List<Part> parts = List.of(cases, alerts, registry);
        for (Part part : parts) {
            if (part.isRefusal()) {
                return Response.status(part.status()).type(part.contentType()).entity(part.refusal()).build();
            }
        }
        if (parts.stream().allMatch(part -> part.body() == null)) {
            return problems.response(ProblemType.UNAVAILABLE, "No statistics service answered",
                    "/api/v1/dashboard", requestId);
        }
        return Response.ok(PressReport.compose(cases.body(), alerts.body(), registry.body())).build();
    }
}
