package org.fraudlink.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.fraudlink.alerts.persistence.FlagEntity;
import org.fraudlink.alerts.persistence.IndicatorEntity;
import org.fraudlink.platform.audit.AuditTrail;

/** Identifiers confirmed in filed cases: partners' flag checks answer yes, warnings naming them are HIGH. */
@ApplicationScoped
public class Flags {

    @Inject
    EntityManager entities;

    @Inject
    AuditTrail audit;

    public Optional<FlagEntity> find(String kind, String value) {
        FlagEntity.Key key = new FlagEntity.Key();
        key.kind = kind;
        key.value = value;
        return Optional.ofNullable(entities.find(FlagEntity.class, key));
    }

    /** The key {@link #findAll} answers an indicator's flag under. */
    public static String keyOf(IndicatorEntity indicator) {
        return indicator.kind + ":" + indicator.value;
    }

    /**
     * The flags among {@code keys} ({@code KIND:value}), by key: one query for a warning's indicators or a whole
     * batch, joined on the flag table's primary key (kind, value) so each key is an index look-up.
     */
    @SuppressWarnings("unchecked")
    public Map<String, FlagEntity> findAll(Set<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        String[] kinds = new String[keys.size()];
        String[] values = new String[keys.size()];
        int i = 0;
        for (String key : keys) {
            int colon = key.indexOf(':');
            kinds[i] = key.substring(0, colon);
            values[i++] = key.substring(colon + 1);
        }
        List<FlagEntity> found = entities.createNativeQuery("""
                SELECT f.* FROM flag f JOIN unnest(CAST(?1 AS text[]), CAST(?2 AS text[])) AS k(kind, value)
                    ON f.kind = k.kind AND f.value = k.value""", FlagEntity.class)
                .setParameter(1, kinds).setParameter(2, values).getResultList();
        return found.stream().collect(Collectors.toMap(f -> f.kind + ":" + f.value, f -> f));
    }

    /** Flags the identifier since {@code confirmedAt}, or since an earlier confirmation already known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FlagEntity confirm(String kind, String value, String caseNumber, Instant confirmedAt) {
        FlagEntity flag = find(kind, value).orElse(null);
        if (flag == null) {
            flag = new FlagEntity();
            flag.kind = kind;
            flag.value = value;
            flag.since = confirmedAt;
            flag.caseNumber = caseNumber;
            entities.persist(flag);
            audit.record("flag.confirm", "Flag", kind + ":" + value, caseNumber, caseNumber);
        } else if (confirmedAt.isBefore(flag.since)) {
            flag.since = confirmedAt;
            flag.caseNumber = caseNumber;
            audit.record("flag.confirm", "Flag", kind + ":" + value, caseNumber, caseNumber);
        }
        return flag;
    }
}
