package org.fraudlink.registry.domain;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.events.OrganisationEvents;
import org.fraudlink.registry.persistence.ApiClient;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;

/**
 * At start, creates the joint-meeting office ({@code JMO}), its first client (registry-admin, auditor) from
 * {@code FRAUDLINK_BOOTSTRAP_CLIENT_ID/_SECRET} and the {@code service} client from
 * {@code FRAUDLINK_SERVICE_CLIENT_ID/_SECRET} — each only if it does not exist. Inserts skip existing rows
 * ({@code ON CONFLICT DO NOTHING}), so replicas starting together are safe; an existing client is never changed.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    @ConfigProperty(name = "fraudlink.bootstrap-client-id")
    Optional<String> adminId;

    @ConfigProperty(name = "fraudlink.bootstrap-client-secret")
    Optional<String> adminSecret;

    @ConfigProperty(name = "fraudlink.service-client-id")
    Optional<String> serviceId;

    @ConfigProperty(name = "fraudlink.service-client-secret")
    Optional<String> serviceSecret;

    @Inject
    OrganisationRepository repository;

    @Inject
    ClientSecrets secrets;

    @Inject
    AuditTrail audit;

    @Inject
    OrganisationEvents events;

    @Inject
    Clock clock;

    void run(@Observes @Priority(Directory.STARTUP_PRIORITY - 5) StartupEvent event) {
        boolean admin = adminId.isPresent() && adminSecret.isPresent();
        boolean service = serviceId.isPresent() && serviceSecret.isPresent();
        if (!admin && !service) {
            LOG.info("no bootstrap or service client configured");
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            ensureOffice();
            if (admin) {
                ensureClient(adminId.get(), adminSecret.get(), "bootstrap client", Roles.REGISTRY_ADMIN + ","
                        + Roles.AUDITOR);
            }
            if (service) {
                ensureClient(serviceId.get(), serviceSecret.get(), "service client", Roles.SERVICE);
            }
        });
    }

    private void ensureOffice() {
        Organisation office = new Organisation();
        office.id = UUID.randomUUID();
        office.code = OrganisationRules.JMO;
        office.name = "Joint-meeting office";
        office.type = OrgType.REGULATOR;
        office.region = Regions.COUNTRY;
        office.status = OrgStatus.ACTIVE;
        office.createdAt = clock.instant();
        office.changedAt = office.createdAt;
        if (repository.insertIfAbsent(office)) {
            audit.record("organisation.create", Organisations.RESOURCE, office.code,
                    Map.of("code", office.code, "type", office.type.name()), "bootstrap");
            events.changed(repository.find(office.code).orElseThrow());
            LOG.info("created the joint-meeting office JMO");
        }
    }

    private void ensureClient(String clientId, String secret, String name, String roles) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.clientId = clientId;
        client.orgCode = OrganisationRules.JMO;
        client.name = name;
        client.roles = roles;
        client.secretHash = secrets.hash(secret);
        client.status = ClientStatus.ACTIVE;
        client.createdAt = clock.instant();
        if (repository.insertIfAbsent(client)) {
            audit.record("client.create", ApiClients.RESOURCE, clientId, Map.of("org", client.orgCode, "roles", roles),
                    "bootstrap");
            LOG.infof("created the %s %s", name, clientId);
        } else if (repository.findClient(clientId).map(c -> !secrets.matches(secret, c.secretHash)).orElse(false)) {
            LOG.warnf("the %s %s exists with another secret; the configured secret is ignored", name, clientId);
        }
    }
}
