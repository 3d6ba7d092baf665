package org.fraudlink.cases.api;

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

import org.fraudlink.cases.domain.CaseStatistics;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** The case figures of the dashboard, for the task force. */
@Path("/api/v1/stats/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class CaseStatisticsResource {

    @Inject
    CaseStatistics statistics;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed(Roles.TASK_FORCE)
    @Operation(summary = "Cases solved (by type, tag, amount), suspects arrested, gangs, dens, loss and amount"
            + " secured in [from, to) (UTC days), for a region within your jurisdiction")
    public Map<String, Object> figures(@QueryParam("region") String region, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return statistics.figures(caller.get(), QueryParams.region("region", region),
                QueryParams.date("from", from), QueryParams.date("to", to));
    }
}
