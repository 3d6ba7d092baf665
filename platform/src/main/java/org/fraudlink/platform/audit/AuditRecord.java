package org.fraudlink.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One audit record as stored: who did what to which resource, when, in which request, and its chain links. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String org,
        String action,
        String resourceType,
        String resourceId,
        String requestId,
        String digest,
        String detail,
        Long chainPos,
        String prevHash,
        String hash) {

    static final String COLUMNS = "id, occurred_at, actor, org, action, resource_type, resource_id, request_id,"
            + " digest, detail, chain_pos, prev_hash, hash";

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    static AuditRecord read(ResultSet row) throws SQLException {
        return new AuditRecord(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                row.getString("org"),
                row.getString("action"),
                row.getString("resource_type"),
                row.getString("resource_id"),
                row.getString("request_id"),
                row.getString("digest"),
                row.getString("detail"),
                row.getObject("chain_pos", Long.class),
                row.getString("prev_hash"),
                row.getString("hash"));
    }

    /**
     * The hash that seals this record at {@code position} after {@code previousHash}: SHA-256 over a JSON array of
     * every field, so that no two different records can render the same text.
     */
    String sealWith(long position, String previousHash) {
        List<Object> fields = Arrays.asList(previousHash, position, id, occurredAt.toString(), actor, org, action,
                resourceType, resourceId, requestId, digest, detail);
        try {
            return Digests.sha256Hex(CANONICAL.writeValueAsBytes(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and numbers always render", e);
        }
    }
}
