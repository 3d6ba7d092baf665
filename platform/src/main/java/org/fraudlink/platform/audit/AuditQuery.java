package org.fraudlink.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;

/** Reads the audit trail for auditors, newest first. */
@ApplicationScoped
public class AuditQuery {

    @Inject
    AgroalDataSource dataSource;

    public Page<AuditRecord> find(AuditFilter filter, PageRequest paging) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        condition(where, arguments, "actor = ?", filter.actor);
        condition(where, arguments, "org = ?", filter.org);
        condition(where, arguments, "action = ?", filter.action);
        condition(where, arguments, "resource_type = ?", filter.resourceType);
        condition(where, arguments, "resource_id = ?", filter.resourceId);
        condition(where, arguments, "occurred_at >= ?", filter.from == null ? null : Timestamp.from(filter.from));
        condition(where, arguments, "occurred_at < ?", filter.to == null ? null : Timestamp.from(filter.to));
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection,
                    "SELECT count(*) FROM platform.audit_record" + where, arguments);
                    ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            List<Object> pageArguments = new ArrayList<>(arguments);
            pageArguments.add(paging.size);
            pageArguments.add(paging.offset());
            List<AuditRecord> items = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, "SELECT " + AuditRecord.COLUMNS
                    + " FROM platform.audit_record" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", pageArguments);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(AuditRecord.read(rows));
                }
            }
            return new Page<>(items, paging.page, paging.size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read", e);
        }
    }

    private static void condition(StringBuilder where, List<Object> arguments, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            arguments.add(value);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> arguments)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
        return statement;
    }
}
