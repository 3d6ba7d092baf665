package org.fraudlink.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.fraudlink.cases.persistence.GangEntity;

/** A gang dismantled in a case. */
public record GangView(UUID id, UUID caseId, String name, Integer members, Instant dismantledAt) {

    static GangView of(GangEntity g) {
        return new GangView(g.id, g.caseId, g.name, g.members, g.dismantledAt);
    }
}
