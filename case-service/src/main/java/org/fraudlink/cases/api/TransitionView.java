package org.fraudlink.cases.api;

import java.time.Instant;

import org.fraudlink.cases.domain.CaseStatus;
import org.fraudlink.cases.persistence.TransitionEntity;

/** One step in a case's history. */
public record TransitionView(CaseStatus from, CaseStatus to, String reason, Instant at, String actor) {

    static TransitionView of(TransitionEntity t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.reason, t.at, t.actor);
    }
}
