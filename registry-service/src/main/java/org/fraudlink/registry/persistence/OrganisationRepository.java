package org.fraudlink.registry.persistence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;

/** Organisations and their API clients. */
@ApplicationScoped
public class OrganisationRepository {

    @Inject
    EntityManager entities;

    public Optional<Organisation> find(String code) {
        return entities.createQuery("from Organisation where code = :code", Organisation.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public void persist(Organisation organisation) {
        entities.persist(organisation);
        entities.flush();
    }

    /** Flushes a change now, so a stale version answers 409 inside the request. */
    public void flush() {
        entities.flush();
    }

    /** Organisations filtered by type, status and region (covered by {@code regionPrefix}), by code. */
    public Page<Organisation> list(OrgType type, OrgStatus status, String regionPrefix, PageRequest paging) {
        StringBuilder where = new StringBuilder(" where o.region like :prefix");
        if (type != null) {
            where.append(" and o.type = :type");
        }
        if (status != null) {
            where.append(" and o.status = :status");
        }
        TypedQuery<Organisation> query = entities.createQuery("select o from Organisation o" + where
                + " order by o.code", Organisation.class);
        TypedQuery<Long> count = entities.createQuery("select count(o) from Organisation o" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("prefix", regionPrefix + "%");
            if (type != null) {
                q.setParameter("type", type);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        List<Organisation> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }

    public List<Organisation> withStatus(OrgStatus status) {
        TypedQuery<Organisation> query = status == null
                ? entities.createQuery("from Organisation order by code", Organisation.class)
                : entities.createQuery("from Organisation where status = :status order by code", Organisation.class)
                        .setParameter("status", status);
        return query.getResultList();
    }

    /** Active organisations inside the region prefix, counted by type. */
    public Map<OrgType, Long> activeByType(String regionPrefix) {
        Map<OrgType, Long> counts = new EnumMap<>(OrgType.class);
        for (Object[] row : entities.createQuery("""
                        select o.type, count(o) from Organisation o
                        where o.status = :active and o.region like :prefix group by o.type""", Object[].class)
                .setParameter("active", OrgStatus.ACTIVE).setParameter("prefix", regionPrefix + "%")
                .getResultList()) {
            counts.put((OrgType) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Active organisations other than police units inside the region prefix, by code. */
    public List<Organisation> activePartners(String regionPrefix) {
        return entities.createQuery("""
                        from Organisation where status = :active and type <> :police and region like :prefix
                        order by code""", Organisation.class)
                .setParameter("active", OrgStatus.ACTIVE).setParameter("police", OrgType.POLICE)
                .setParameter("prefix", regionPrefix + "%").getResultList();
    }

    public List<Organisation> children(String code) {
        return entities.createQuery("from Organisation where parentCode = :code", Organisation.class)
                .setParameter("code", code).getResultList();
    }

    /** Inserts unless the code exists (also when another replica inserts it at the same moment). */
    public boolean insertIfAbsent(Organisation o) {
        return entities.createNativeQuery("""
                INSERT INTO organisation (id, code, name, type, region, parent_code, status, created_at, changed_at,
                    version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0) ON CONFLICT (code) DO NOTHING""")
                .setParameter(1, o.id).setParameter(2, o.code).setParameter(3, o.name).setParameter(4, o.type.name())
                .setParameter(5, o.region).setParameter(6, o.parentCode).setParameter(7, o.status.name())
                .setParameter(8, o.createdAt).setParameter(9, o.changedAt)
                .executeUpdate() == 1;
    }

    /** Inserts unless the client id exists (also when another replica inserts it at the same moment). */
    public boolean insertIfAbsent(ApiClient c) {
        return entities.createNativeQuery("""
                INSERT INTO api_client (id, client_id, org_code, name, roles, secret_hash, status, created_at, version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0) ON CONFLICT (client_id) DO NOTHING""")
                .setParameter(1, c.id).setParameter(2, c.clientId).setParameter(3, c.orgCode).setParameter(4, c.name)
                .setParameter(5, c.roles).setParameter(6, c.secretHash).setParameter(7, c.status.name())
                .setParameter(8, c.createdAt)
                .executeUpdate() == 1;
    }

    public Optional<ApiClient> findClient(String clientId) {
        return entities.createQuery("from ApiClient where clientId = :id", ApiClient.class)
                .setParameter("id", clientId).getResultStream().findFirst();
    }

    public void persist(ApiClient client) {
        entities.persist(client);
        entities.flush();
    }

    public Page<ApiClient> clientsOf(String orgCode, PageRequest paging) {
        List<ApiClient> items = entities.createQuery("from ApiClient where orgCode = :org order by createdAt, clientId",
                        ApiClient.class)
                .setParameter("org", orgCode).setFirstResult(paging.offset()).setMaxResults(paging.size)
                .getResultList();
        long total = entities.createQuery("select count(c) from ApiClient c where c.orgCode = :org", Long.class)
                .setParameter("org", orgCode).getSingleResult();
        return new Page<>(items, paging.page, paging.size, total);
    }
}
