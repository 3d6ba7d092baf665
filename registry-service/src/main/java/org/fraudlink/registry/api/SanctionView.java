package org.fraudlink.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fraudlink.registry.domain.AppealStatus;
import org.fraudlink.registry.domain.SanctionStatus;
import org.fraudlink.registry.persistence.CardSanction;
import org.fraudlink.registry.persistence.SanctionAppeal;

/** A sanction as police see it: never the ID number or its hash, the name only masked. */
public record SanctionView(UUID id, String maskedName, String reason, String issuingOrg, String issuingRegion,
        LocalDate startDate, LocalDate endDate, SanctionStatus status, Instant liftedAt, String liftReason,
        List<AppealView> appeals, int version, Instant createdAt) {

    /** An appeal and its decision. */
    public record AppealView(UUID id, String grounds, Instant filedAt, AppealStatus status, Instant decidedAt,
            String decisionNote) {

        static AppealView of(SanctionAppeal appeal) {
            return new AppealView(appeal.id, appeal.grounds, appeal.filedAt, appeal.status, appeal.decidedAt,
                    appeal.decisionNote);
        }
    }

    static SanctionView of(CardSanction s, List<SanctionAppeal> appeals) {
        return new SanctionView(s.id, s.maskedName, s.reason, s.issuingOrg, s.issuingRegion, s.startDate, s.endDate,
                s.status, s.liftedAt, s.liftReason, appeals.stream().map(AppealView::of).toList(), s.version,
                s.createdAt);
    }
}
