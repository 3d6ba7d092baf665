package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a case search asks for; every part is optional. {@code regionPrefix} is the significant prefix of a region
 * code, {@code from} inclusive and {@code to} exclusive (days in UTC, on the reported time), {@code text} a part
 * of the title.
 */
public record CaseSearch(CaseType type, CaseStatus status, String tag, String regionPrefix, LocalDate from,
        LocalDate to, BigDecimal minLoss, String text, CaseSort sort) {
}
