package org.fraudlink.alerts.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.alerts.client.Jurisdictions;

/**
 * Names the unit a warning goes to: the one registry-service names for the victim's region (skipping suspended
 * units). When registry-service cannot say and nothing is cached, the province's task force takes it and the warning
 * is marked for re-routing; when even that unit is unknown, the warning waits UNROUTED for the re-routing job — it is
 * stored either way, never lost.
 */
@ApplicationScoped
public class Dispatcher {

    /** Where a warning goes, the chain above it, and whether it must be routed again later. */
    public record Route(String unit, List<String> chain, boolean needsRerouting, String reason) {
    }

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Organisations organisations;

    public Route route(String victimRegion) {
        Optional<Jurisdictions.Chain> chain = jurisdictions.chainFor(victimRegion);
        if (chain.isPresent()) {
            List<String> units = chain.get().units().stream().filter(u -> !organisations.isSuspended(u)).toList();
            if (!units.isEmpty()) {
                return new Route(units.get(0), units, false, chain.get().fromRegistry()
                        ? "responsible unit for " + victimRegion
                        : "responsible unit for " + victimRegion + " (registry-service unreachable, cached answer)");
            }
        }
        return organisations.provinceUnit(victimRegion)
                .map(unit -> new Route(unit, List.of(unit), true, chain.isPresent()
                        ? "no active police unit covers " + victimRegion + ": sent to the province task force"
                        : "registry-service unreachable: sent to the province task force"))
                .orElseGet(() -> new Route(null, List.of(), true, "no police unit known for " + victimRegion));
    }
}
