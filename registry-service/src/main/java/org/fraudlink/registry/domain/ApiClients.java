package org.fraudlink.registry.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.registry.persistence.ApiClient;
import org.fraudlink.registry.persistence.ClientCredentialsQuery;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;

/** API clients of organisations: made with a secret shown once, listed without secrets, disabled for good. */
@ApplicationScoped
public class ApiClients {

    static final String RESOURCE = "ApiClient";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A client just made, with the only copy of its secret. */
    public record CreatedClient(ApiClient client, String secret) {
    }

    @Inject
    OrganisationRepository repository;

    @Inject
    Organisations organisations;

    @Inject
    ClientCredentialsQuery credentials;

    @Inject
    ClientSecrets secrets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public CreatedClient create(String orgCode, String name, List<String> roles) {
        Organisation organisation = organisations.get(orgCode);
        OrganisationRules.requireRolesAllowed(organisation, roles);
        String secret = secrets.generate();
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.clientId = organisation.code.toLowerCase(Locale.ROOT) + "-" + randomSuffix();
        client.orgCode = organisation.code;
        client.name = name;
        client.roles = String.join(",", new LinkedHashSet<>(roles));
        client.secretHash = secrets.hash(secret);
        client.status = ClientStatus.ACTIVE;
        client.createdAt = clock.instant();
        repository.persist(client);
        audit.record("client.create", RESOURCE, client.clientId,
                Map.of("org", client.orgCode, "name", name, "roles", client.roles), "roles " + client.roles);
        return new CreatedClient(client, secret);
    }

    public Page<ApiClient> list(String orgCode, PageRequest paging) {
        organisations.get(orgCode);
        return repository.clientsOf(orgCode, paging);
    }

    /** Disabling a disabled client changes nothing and answers it as it is. */
    @Transactional
    public ApiClient disable(String orgCode, String clientId) {
        ApiClient client = repository.findClient(clientId).filter(c -> c.orgCode.equals(orgCode))
                .orElseThrow(() -> ProblemException.notFound("API client " + clientId));
        if (client.status == ClientStatus.DISABLED) {
            return client;
        }
        client.status = ClientStatus.DISABLED;
        client.disabledAt = clock.instant();
        repository.flush();
        audit.record("client.disable", RESOURCE, client.clientId, Map.of("org", orgCode, "status", "DISABLED"));
        return client;
    }

    /**
     * The token subject of a client whose secret matches, when the client is active and its organisation too. An
     * unknown id still costs one hash, so timing does not tell which ids exist.
     */
    public Optional<TokenIssuer.Subject> authenticate(String clientId, String secret) {
        Optional<ClientCredentialsQuery.Credentials> found = credentials.find(clientId);
        String hash = found.map(ClientCredentialsQuery.Credentials::secretHash).orElse("");
        if (!secrets.matches(secret, hash)) {
            return Optional.empty();
        }
        ClientCredentialsQuery.Credentials client = found.get();
        if (client.status() != ClientStatus.ACTIVE || client.orgStatus() != OrgStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(new TokenIssuer.Subject(client.clientId(),
                new LinkedHashSet<>(List.of(client.roles().split(","))), client.org(), client.orgType(),
                client.region()));
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return suffix.toString();
    }
}
