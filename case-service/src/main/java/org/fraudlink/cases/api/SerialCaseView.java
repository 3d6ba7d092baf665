package org.fraudlink.cases.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.fraudlink.cases.domain.CaseStatus;
import org.fraudlink.cases.domain.CaseType;
import org.fraudlink.cases.domain.SerialCase;
import org.fraudlink.platform.identifiers.IdentifierKind;

/**
 * A serial case. Outside the caller's jurisdiction only {@code caseNumber}, {@code owningOrg}, {@code region} and
 * {@code sharedIdentifiers} are present (need to know); the details are left out, not sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SerialCaseView(String caseNumber, String owningOrg, String region,
        List<Shared> sharedIdentifiers, UUID id, CaseType type, CaseStatus status, String title,
        Instant reportedAt, BigDecimal lossAmount) {

    /** One identifier both cases hold. */
    public record Shared(IdentifierKind kind, String value) {
    }

    static SerialCaseView of(SerialCase serial) {
        var c = serial.fraudCase();
        List<Shared> shared = serial.sharedIdentifiers().stream().map(s -> new Shared(s.kind(), s.value())).toList();
        if (!serial.inScope()) {
            return new SerialCaseView(c.number, c.owningOrg, c.region, shared, null, null, null, null, null, null);
        }
        return new SerialCaseView(c.number, c.owningOrg, c.region, shared, c.id, c.type, c.status, c.title,
                c.reportedAt, CaseView.money(c.lossAmount));
    }
}
