package org.fraudlink.cases.domain;

import java.util.Arrays;
import java.util.Optional;

/** The orders a case search offers: {@code reportedAt}, {@code lossAmount}, {@code number}; {@code -} descends. */
public enum CaseSort {
    REPORTED_AT_ASC("reportedAt", "reported_at ASC"),
    REPORTED_AT_DESC("-reportedAt", "reported_at DESC"),
    LOSS_AMOUNT_ASC("lossAmount", "loss_amount ASC"),
    LOSS_AMOUNT_DESC("-lossAmount", "loss_amount DESC"),
    NUMBER_ASC("number", "number ASC"),
    NUMBER_DESC("-number", "number DESC");

    /** The order when the caller names none: newest first. */
    public static final CaseSort DEFAULT = REPORTED_AT_DESC;

    private final String parameter;
    private final String orderBy;

    CaseSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public static Optional<CaseSort> parse(String parameter) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(sort -> sort.parameter).toList());
    }

    /** The SQL order (a fixed string, never caller text). */
    public String orderBy() {
        return orderBy;
    }
}
