package org.fraudlink.registry.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.registry.persistence.MeetingRepository;
import org.fraudlink.registry.persistence.OrganisationRepository;
import org.fraudlink.registry.persistence.SanctionRepository;

/**
 * The registry's figures for the dashboard (docs/service-apis.md), each counted by the time of its own step:
 * sanctions by start date; action items by due date (those still open and past due today); organisations are the
 * active ones now, as the directory has no history.
 */
@ApplicationScoped
public class RegistryStatistics {

    /** The answer of {@code GET /api/v1/registry/stats}. */
    public record Figures(String region, LocalDate from, LocalDate to, long cardSanctions, long organisations,
            Map<OrgType, Long> organisationsByType, long overdueActionItems) {
    }

    @Inject
    SanctionRepository sanctions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    MeetingRepository meetings;

    @Inject
    Clock clock;

    public Figures figures(Caller caller, String region, LocalDate from, LocalDate to) {
        String asked = region == null ? caller.region() : region;
        OrganisationRules.requireRegion("region", asked);
        if (!caller.covers(asked)) {
            throw ProblemException.forbidden("The region " + asked + " is outside your jurisdiction");
        }
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        String prefix = Regions.prefix(asked);
        Map<OrgType, Long> byType = new EnumMap<>(OrgType.class);
        for (OrgType type : OrgType.values()) {
            byType.put(type, 0L);
        }
        byType.putAll(organisations.activeByType(prefix));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Figures(asked, from, to, sanctions.startedBetween(prefix, from, to),
                byType.values().stream().mapToLong(Long::longValue).sum(), byType,
                meetings.overdueDueBetween(prefix, from, to, today));
    }
}
