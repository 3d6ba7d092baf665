package org.fraudlink.alerts.api;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.alerts.domain.AlertStatistics;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** The alert figures of the dashboard, for the task force. */
@Path("/api/v1/stats/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class AlertStatisticsResource {

    @Inject
    AlertStatistics statistics;

    @Inject
    ActiveCaller caller;

    @GET
    @RolesAllowed(Roles.TASK_FORCE)
    @Operation(summary = "Warnings pushed (per day, by grade, by outcome), interventions by kind and result, amount"
            + " secured in [from, to) (UTC days), for a region within your jurisdiction")
    public Map<String, Object> figures(@QueryParam("region") String region, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        var fromDay = QueryParams.date("from", from);
        var toDay = QueryParams.date("to", to);
        return statistics.figures(caller.get(), QueryParams.region("region", region), fromDay, toDay);
    }
}
