package org.fraudlink.registry.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fraudlink.platform.security.Regions;

/**
 * Which police unit answers for a region: the ACTIVE police unit whose region covers it with the longest prefix.
 * When several units share that region (a county bureau and its stations), the one highest in the hierarchy
 * answers — it is responsible for the whole region — then the smallest code, so the answer is stable.
 */
public final class JurisdictionRule {

    private final Map<String, DirectoryEntry> byCode;

    public JurisdictionRule(Collection<DirectoryEntry> entries) {
        this.byCode = entries.stream().collect(Collectors.toMap(DirectoryEntry::code, Function.identity()));
    }

    public Optional<Jurisdiction> resolve(String region) {
        List<DirectoryEntry> covering = byCode.values().stream()
                .filter(DirectoryEntry::isActivePolice)
                .filter(entry -> Regions.covers(entry.region(), region))
                .toList();
        int longest = covering.stream().mapToInt(entry -> Regions.prefix(entry.region()).length()).max().orElse(-1);
        List<DirectoryEntry> best = covering.stream()
                .filter(entry -> Regions.prefix(entry.region()).length() == longest).toList();
        Set<String> bestCodes = best.stream().map(DirectoryEntry::code).collect(Collectors.toSet());
        return best.stream()
                .sorted(Comparator.comparing((DirectoryEntry entry) -> bestCodes.contains(entry.parentCode()))
                        .thenComparing(DirectoryEntry::code))
                .findFirst()
                .map(unit -> new Jurisdiction(region, unit, chainFrom(unit)));
    }

    /** The unit and its parents upward, skipping suspended ones (a cycle cannot loop forever). */
    private List<DirectoryEntry> chainFrom(DirectoryEntry unit) {
        List<DirectoryEntry> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DirectoryEntry current = unit; current != null && seen.add(current.code());
                current = current.parentCode() == null ? null : byCode.get(current.parentCode())) {
            if (current.status() == OrgStatus.ACTIVE) {
                chain.add(current);
            }
        }
        return chain;
    }
}
