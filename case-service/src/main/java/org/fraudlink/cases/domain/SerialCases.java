package org.fraudlink.cases.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.IdentifierRepository;
import org.fraudlink.cases.persistence.IdentifierRepository.KindValue;
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
    IdentifierRepository identifiers;

    /** The cases sharing an identifier with case {@code id}, which must be in the caller's scope. */
    public Page<SerialCase> related(Caller caller, UUID id, PageRequest paging) {
        CaseEntity own = cases.get(caller, id);
        return identifiers.related(own.id, paging)
                .map(shared -> view(caller, shared.fraudCase(), shared.identifiers()));
    }

    /** The cases holding one identifier (given in any written form), wherever they are. */
    public Page<SerialCase> holding(Caller caller, IdentifierKind kind, String value, PageRequest paging) {
        String normalised = CaseService.normalise(kind, value, "value");
        List<KindValue> shared = List.of(new KindValue(kind, normalised));
        return identifiers.casesWith(kind, normalised, paging).map(fraudCase -> view(caller, fraudCase, shared));
    }

    private static SerialCase view(Caller caller, CaseEntity fraudCase, List<KindValue> shared) {
        return new SerialCase(fraudCase, CaseScope.canSee(caller, fraudCase), shared);
    }
}
