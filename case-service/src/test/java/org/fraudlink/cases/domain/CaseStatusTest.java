package org.fraudlink.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The state machine as a plain rule: exactly the four edges of the contract. */
class CaseStatusTest {

    @Test
    void onlyTheContractsEdgesAreLegal() {
        Set<String> legal = new java.util.TreeSet<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                if (from.canMoveTo(to)) {
                    legal.add(from + "->" + to);
                }
            }
        }
        assertEquals(Set.of("REPORTED->FILED", "REPORTED->REJECTED", "FILED->SOLVED", "SOLVED->CLOSED"), legal);
    }

    @Test
    void filedSolvedAndClosedCasesAreConfirmed() {
        EnumSet<CaseStatus> confirmed = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isConfirmed()) {
                confirmed.add(status);
            }
        }
        assertEquals(EnumSet.of(CaseStatus.FILED, CaseStatus.SOLVED, CaseStatus.CLOSED), confirmed);
    }
}
