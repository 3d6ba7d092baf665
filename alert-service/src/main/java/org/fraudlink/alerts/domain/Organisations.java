package org.fraudlink.alerts.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.fraudlink.alerts.client.RegistryApi;
import org.fraudlink.alerts.persistence.OrganisationEntity;
import org.fraudlink.platform.events.ServiceTokens;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;

/**
 * The organisations alert-service knows: kept current by {@code OrganisationChanged}, completed from
 * registry-service for one it has not heard of yet. The suspended ones are also held in memory, because every
 * request checks its caller against them.
 */
@ApplicationScoped
public class Organisations {

    private static final Logger LOG = Logger.getLogger(Organisations.class);

    @Inject
    EntityManager entities;

    @Inject
    @RestClient
    RegistryApi registry;

    @Inject
    ServiceTokens tokens;

    private final Set<String> suspended = ConcurrentHashMap.newKeySet();

    void loadSuspended(@Observes StartupEvent start) {
        reloadSuspended();
    }

    /**
     * Re-reads the suspended organisations: an event reaches one replica, and the others learn of it from the
     * database within seconds.
     */
    @Scheduled(every = "${fraudlink.organisations.reload-every:5s}", delayed = "5s")
    @Transactional
    void reloadSuspended() {
        Set<String> current = Set.copyOf(entities.createQuery(
                "select o.code from OrganisationEntity o where o.status <> 'ACTIVE'", String.class).getResultList());
        suspended.addAll(current);
        suspended.retainAll(current);
    }

    /** Refuses a caller whose organisation is suspended (its tokens may still be live for up to 15 minutes). */
    public void requireActive(Caller caller) {
        if (caller.org() != null && suspended.contains(caller.org())) {
            throw ProblemException.forbidden("organisation " + caller.org() + " is suspended");
        }
    }

    public boolean isSuspended(String code) {
        return suspended.contains(code);
    }

    /**
     * Records a change heard from registry-service, unless a later change of the same organisation is known. One
     * upsert statement, so that two requests learning of the same organisation at once both succeed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(RegistryApi.Organisation organisation, Instant changedAt) {
        entities.createNativeQuery("INSERT INTO organisation (code, name, type, region, parent_code, status,"
                        + " changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (code) DO UPDATE SET"
                        + " name = EXCLUDED.name, type = EXCLUDED.type, region = EXCLUDED.region,"
                        + " parent_code = EXCLUDED.parent_code, status = EXCLUDED.status,"
                        + " changed_at = EXCLUDED.changed_at WHERE organisation.changed_at <= EXCLUDED.changed_at")
                .setParameter(1, organisation.code()).setParameter(2, organisation.name())
                .setParameter(3, organisation.type()).setParameter(4, organisation.region())
                .setParameter(5, organisation.parentCode()).setParameter(6, organisation.status())
                .setParameter(7, changedAt).executeUpdate();
        OrganisationEntity known = entities.find(OrganisationEntity.class, organisation.code());
        if (known != null) {
            entities.refresh(known);
            if (known.active()) {
                suspended.remove(known.code);
            } else {
                suspended.add(known.code);
            }
        }
    }

    /** The organisation, from what was heard or else from registry-service; empty when neither knows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrganisationEntity> find(String code) {
        OrganisationEntity known = entities.find(OrganisationEntity.class, code);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            RegistryApi.Organisation answer = registry.organisation(code, "Bearer " + tokens.bearer());
            apply(answer, Instant.EPOCH);
            return Optional.ofNullable(entities.find(OrganisationEntity.class, code));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw ProblemException.unavailable("registry-service could not confirm organisation " + code);
        } catch (RuntimeException e) {
            LOG.warnf("registry-service unreachable looking up %s: %s", code, e.getMessage());
            throw ProblemException.unavailable("registry-service could not confirm organisation " + code);
        }
    }

    /** The active police unit of a province (its task force), as last heard. */
    public Optional<String> provinceUnit(String region) {
        String province = region.substring(0, 2) + "0000";
        return entities.createQuery("select o.code from OrganisationEntity o where o.region = :region"
                        + " and o.type = 'POLICE' and o.status = 'ACTIVE' order by o.code", String.class)
                .setParameter("region", province).setMaxResults(1).getResultStream().findFirst();
    }
}
