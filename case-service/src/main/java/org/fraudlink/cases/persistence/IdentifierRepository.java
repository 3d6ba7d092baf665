package org.fraudlink.cases.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;

/** Identifiers of cases and the serial-case look-ups over them (cases sharing a normalised identifier). */
@ApplicationScoped
public class IdentifierRepository {

    /** A case that shares identifiers with the one asked about, and which ones. */
    public record SharedWith(CaseEntity fraudCase, List<KindValue> identifiers) {
    }

    /** A normalised identifier. */
    public record KindValue(IdentifierKind kind, String value) {
    }

    private static final String RELATED = """
            FROM case_identifier mine
            JOIN case_identifier other ON other.kind = mine.kind AND other.value = mine.value
                AND other.case_id <> mine.case_id
            WHERE mine.case_id = :id""";

    @Inject
    EntityManager entities;

    public List<IdentifierEntity> ofCase(UUID caseId) {
        return entities.createQuery("from IdentifierEntity where caseId = :id order by addedAt, id",
                IdentifierEntity.class).setParameter("id", caseId).getResultList();
    }

    public boolean exists(UUID caseId, IdentifierKind kind, String value) {
        return !entities.createQuery("select i.id from IdentifierEntity i"
                + " where i.caseId = :id and i.kind = :kind and i.value = :value", UUID.class)
                .setParameter("id", caseId).setParameter("kind", kind).setParameter("value", value)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The other cases sharing at least one identifier with {@code caseId}, by case number. */
    public Page<SharedWith> related(UUID caseId, PageRequest paging) {
        Page<CaseEntity> page = casePage("SELECT other.case_id " + RELATED, Map.of("id", caseId), paging);
        Map<UUID, List<KindValue>> shared = new LinkedHashMap<>();
        page.items().forEach(fraudCase -> shared.put(fraudCase.id, new ArrayList<>()));
        if (!shared.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities.createNativeQuery("SELECT other.case_id, other.kind, other.value "
                    + RELATED + " AND other.case_id IN (:ids) ORDER BY other.kind, other.value")
                    .setParameter("id", caseId).setParameter("ids", shared.keySet()).getResultList();
            for (Object[] row : rows) {
                shared.get((UUID) row[0]).add(new KindValue(IdentifierKind.valueOf((String) row[1]),
                        (String) row[2]));
            }
        }
        return page.map(fraudCase -> new SharedWith(fraudCase, List.copyOf(shared.get(fraudCase.id))));
    }

    /** The cases holding one normalised identifier, by case number. */
    public Page<CaseEntity> casesWith(IdentifierKind kind, String value, PageRequest paging) {
        return casePage("SELECT case_id FROM case_identifier WHERE kind = :kind AND value = :value",
                Map.of("kind", kind.name(), "value", value), paging);
    }

    /**
     * A page of the cases whose ids {@code caseIds} selects, by case number, read with their total in one statement
     * (a window count; {@link CaseEntity#WITH_TOTAL}): a look-up is one round trip, the hot path of serial-case
     * checks. Only a page past the end counts on its own.
     */
    private Page<CaseEntity> casePage(String caseIds, Map<String, Object> parameters, PageRequest paging) {
        String cases = "FROM fraud_case c WHERE c.id IN (" + caseIds + ")";
        var query = entities.createNativeQuery("SELECT c.*, count(*) OVER () AS total " + cases
                + " ORDER BY c.number", CaseEntity.WITH_TOTAL);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        if (!rows.isEmpty()) {
            return new Page<>(rows.stream().map(row -> (CaseEntity) row[0]).toList(), paging.page, paging.size,
                    (Long) rows.get(0)[1]);
        }
        var total = entities.createNativeQuery("SELECT count(*) " + cases);
        parameters.forEach(total::setParameter);
        return new Page<>(List.of(), paging.page, paging.size, ((Number) total.getSingleResult()).longValue());
    }
}
