package org.fraudlink.registry.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.fraudlink.registry.persistence.DirectorySnapshotQuery;

/**
 * The directory in memory: jurisdiction answers (memoised per region) and the set of suspended organisations whose
 * tokens are refused. It is dropped and reloaded after every committed organisation change in this replica, and a
 * poll of a change marker picks up changes made by other replicas within {@code fraudlink.registry.directory-refresh}.
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class);

    /** Start after the bootstrap organisation exists. */
    static final int STARTUP_PRIORITY = 20;

    private record Snapshot(String marker, JurisdictionRule rule, Map<String, Optional<Jurisdiction>> answers) {
    }

    @Inject
    DirectorySnapshotQuery query;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile Set<String> suspended = Set.of();

    void load(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        current();
    }

    public Optional<Jurisdiction> jurisdiction(String region) {
        Snapshot current = current();
        return current.answers().computeIfAbsent(region, current.rule()::resolve);
    }

    /** Whether tokens of {@code org} are refused; never blocks (it reads the last loaded set). */
    public boolean isSuspended(String org) {
        return org != null && suspended.contains(org);
    }

    /** Called after an organisation change committed: the cache is dropped and reloaded in the background. */
    public void changed() {
        generation.incrementAndGet();
        snapshot = null;
        CompletableFuture.runAsync(this::current).exceptionally(e -> {
            LOG.warn("the directory could not be reloaded; the next poll retries", e);
            return null;
        });
    }

    @Scheduled(every = "${fraudlink.registry.directory-refresh:2s}", delay = 2,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        Snapshot current = snapshot;
        if (current == null || !current.marker().equals(query.marker())) {
            generation.incrementAndGet();
            snapshot = null;
            current();
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            while (snapshot == null) {
                long started = generation.get();
                String marker = query.marker();
                var entries = query.loadAll();
                Snapshot loaded = new Snapshot(marker, new JurisdictionRule(entries), new ConcurrentHashMap<>());
                suspended = entries.stream().filter(e -> e.status() == OrgStatus.SUSPENDED)
                        .map(DirectoryEntry::code).collect(Collectors.toUnmodifiableSet());
                if (generation.get() == started) {
                    snapshot = loaded;
                } else {
                    return loaded; // changed while loading: answer this one, load again next time
                }
            }
            return snapshot;
        }
    }
}
