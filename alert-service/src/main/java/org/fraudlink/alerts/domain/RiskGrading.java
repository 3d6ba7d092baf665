package org.fraudlink.alerts.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk grade of a warning and its reasons, in words a duty officer reads: the partner's hint is the floor;
 * several indicators or a lead from the national centre make it at least MEDIUM; an indicator confirmed in a filed
 * case makes it HIGH.
 */
public final class RiskGrading {

    /** A grade and why. */
    public record Assessment(Grade grade, List<String> reasons) {
    }

    private RiskGrading() {
    }

    public static Assessment assess(Grade hint, SourceKind source, int indicatorCount, List<String> confirmedIn) {
        List<String> reasons = new ArrayList<>();
        Grade grade = Grade.LOW;
        if (hint != null) {
            grade = hint;
            reasons.add("partner's risk hint " + hint);
        }
        if (indicatorCount >= 2 && grade.compareTo(Grade.MEDIUM) < 0) {
            grade = Grade.MEDIUM;
            reasons.add(indicatorCount + " fraud indicators reported together");
        }
        if (source == SourceKind.NATIONAL_CENTER && grade.compareTo(Grade.MEDIUM) < 0) {
            grade = Grade.MEDIUM;
            reasons.add("lead from the national anti-fraud centre");
        }
        if (!confirmedIn.isEmpty()) {
            grade = Grade.HIGH;
            confirmedIn.forEach(reasons::add);
        }
        if (reasons.isEmpty()) {
            reasons.add("no aggravating indicator");
        }
        return new Assessment(grade, List.copyOf(reasons));
    }

    /** The reason recorded when a flagged indicator raises a warning. */
    public static String confirmedReason(String kind, String value, String caseNumber) {
        return kind + " " + value + " confirmed in case " + caseNumber;
    }
}
