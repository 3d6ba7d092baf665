package org.fraudlink.cases.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.CaseRepository;
import org.fraudlink.cases.persistence.IdentifierRepository;
import org.fraudlink.cases.persistence.IdentifierRepository.KindValue;
import org.fraudlink.cases.persistence.IdentifierRepository.SharedWith;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.Caller;

/**
 * Serial cases: cases linked by a shared normalised identifier, found across all jurisdictions, because a Baotou
 * officer must learn that a Hohhot case used the same account — but only what they need to know of it.
 */
@ApplicationScoped
public class SerialCases {

    @Inject
    CaseService cases;

    @Inject
    CaseRepository caseRepository;

    @Inject
    IdentifierRepository identifiers;

    /** The cases sharing an identifier with case {@code id}, which must be in the caller's scope. */
    public Page<SerialCase> related(Caller caller, UUID id, PageRequest paging) {
        CaseEntity own = cases.get(caller, id);
        Page<SharedWith> page = identifiers.related(own.id, paging);
        Map<UUID, CaseEntity> found = byId(page.items().stream().map(SharedWith::caseId).toList());
        return page.map(shared -> view(caller, found.get(shared.caseId()), shared.identifiers()));
    }

    /** The cases holding one identifier (given in any written form), wherever they are. */
    public Page<SerialCase> holding(Caller caller, IdentifierKind kind, String value, PageRequest paging) {
        String normalised = CaseService.normalise(kind, value, "value");
        Page<UUID> page = identifiers.casesWith(kind, normalised, paging);
        Map<UUID, CaseEntity> found = byId(page.items());
        List<KindValue> shared = List.of(new KindValue(kind, normalised));
        return page.map(caseId -> view(caller, found.get(caseId), shared));
    }

    private Map<UUID, CaseEntity> byId(List<UUID> ids) {
        return caseRepository.findAll(ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    private static SerialCase view(Caller caller, CaseEntity fraudCase, List<KindValue> shared) {
        return new SerialCase(fraudCase, CaseScope.canSee(caller, fraudCase), shared);
    }
}
