package org.fraudlink.registry.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.fraudlink.registry.domain.DirectoryEntry;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;

/**
 * Reads the whole directory for the in-memory cache, over plain JDBC so it runs from any thread (after a commit,
 * from the scheduler) without a request or transaction context.
 */
@ApplicationScoped
public class DirectorySnapshotQuery {

    @Inject
    AgroalDataSource dataSource;

    public List<DirectoryEntry> loadAll() {
        List<DirectoryEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT code, name, type, region, parent_code, status FROM organisation");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new DirectoryEntry(rows.getString(1), rows.getString(2), OrgType.valueOf(rows.getString(3)),
                        rows.getString(4), rows.getString(5), OrgStatus.valueOf(rows.getString(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the directory could not be read", e);
        }
        return entries;
    }

    /** Changes whenever an organisation is created or changed (every change bumps its version). */
    public String marker() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) || ':' || coalesce(sum(version), 0) FROM organisation");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the directory could not be read", e);
        }
    }
}
