package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.registry.domain.ClientStatus;

/** An OAuth2 client of an organisation; only the keyed hash of its secret is kept. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "org_code")
    public String orgCode;

    public String name;

    public String roles;

    @Column(name = "secret_hash")
    public String secretHash;

    @Enumerated(EnumType.STRING)
    public ClientStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Version
    public int version;

    public Set<String> roleSet() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }
}
