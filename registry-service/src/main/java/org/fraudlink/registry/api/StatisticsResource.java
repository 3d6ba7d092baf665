package org.fraudlink.registry.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.domain.RegistryStatistics;

/** {@code GET /api/v1/registry/stats}: the registry's part of the dashboard, for the task force. */
@Path("/api/v1/registry/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatisticsResource {

    @Inject
    RegistryStatistics statistics;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roles.TASK_FORCE)
    @Operation(summary = "cardSanctions, organisations, organisationsByType, overdueActionItems; from inclusive, to "
            + "exclusive (defaults: 1 January of this year to tomorrow)")
    public RegistryStatistics.Figures figures(@QueryParam("region") String region, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return statistics.figures(caller.get(), region, date("from", from, today.withDayOfYear(1)),
                date("to", to, today.plusDays(1)));
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 date (yyyy-mm-dd)");
        }
    }
}
