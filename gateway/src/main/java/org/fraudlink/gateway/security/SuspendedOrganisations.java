package org.fraudlink.gateway.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The organisations whose tokens the gateway refuses, kept current from two sources: {@code OrganisationChanged}
 * events (immediate) and registry-service's full list (at start and periodically, for a replica that missed an
 * event). An event newer than the start of a list read wins over that read, so a slow read never undoes it.
 */
@ApplicationScoped
public class SuspendedOrganisations {

    private record Change(boolean suspended, Instant receivedAt) {
    }

    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, Change> recentEvents = new ConcurrentHashMap<>();

    public boolean isSuspended(String org) {
        return org != null && suspended.contains(org);
    }

    /** Applies one event; setting a state, so a repeated event changes nothing. */
    public synchronized void apply(String org, boolean isSuspended) {
        recentEvents.put(org, new Change(isSuspended, Instant.now()));
        if (isSuspended) {
            suspended.add(org);
        } else {
            suspended.remove(org);
        }
    }

    /** Replaces the set with registry-service's list, read from {@code readStartedAt} on. */
    public synchronized void replaceAll(Collection<String> fromRegistry, Instant readStartedAt) {
        Set<String> next = ConcurrentHashMap.newKeySet();
        next.addAll(fromRegistry);
        recentEvents.forEach((org, change) -> {
            if (change.receivedAt().isAfter(readStartedAt)) {
                if (change.suspended()) {
                    next.add(org);
                } else {
                    next.remove(org);
                }
            }
        });
        recentEvents.values().removeIf(change -> !change.receivedAt().isAfter(readStartedAt));
        suspended.retainAll(next);
        suspended.addAll(next);
    }

    public Set<String> snapshot() {
        return Set.copyOf(suspended);
    }
}
