package org.fraudlink.registry.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.fraudlink.registry.domain.ClientStatus;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;

/**
 * The token endpoint's one read: a client joined with its organisation, over plain JDBC because it runs for every
 * token and an ORM session would cost more than the query.
 */
@ApplicationScoped
public class ClientCredentialsQuery {

    /** What the token endpoint needs to know about a client. */
    public record Credentials(String clientId, String secretHash, ClientStatus status, String roles, String org,
            OrgType orgType, String region, OrgStatus orgStatus) {
    }

    private static final String SELECT = """
            SELECT c.client_id, c.secret_hash, c.status, c.roles, o.code, o.type, o.region, o.status
            FROM api_client c JOIN organisation o ON o.code = c.org_code WHERE c.client_id = ?""";

    @Inject
    AgroalDataSource dataSource;

    public Optional<Credentials> find(String clientId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, clientId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Credentials(row.getString(1), row.getString(2),
                        ClientStatus.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                        OrgType.valueOf(row.getString(6)), row.getString(7), OrgStatus.valueOf(row.getString(8))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the client could not be read", e);
        }
    }
}
