package org.fraudlink.alerts.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The deadlines of the law on emergency stop-payment and freezing: a stop-payment holds 48 hours, a freeze six
 * months (renewable), frozen money found to be a victim's goes back within three working days. Working days are
 * Monday to Friday in China Standard Time; public holidays are not modelled (a stated simplification).
 */
public final class LegalClocks {

    public static final Duration STOP_PAYMENT_HOLD = Duration.ofHours(48);
    public static final int FREEZE_MONTHS = 6;
    public static final int FUND_RETURN_WORKING_DAYS = 3;
    /** Orders without a statutory clock are due for an answer within a day. */
    public static final Duration ANSWER_WITHIN = Duration.ofHours(24);
    public static final int MAX_STOP_PAYMENTS_PER_ACCOUNT = 2;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private LegalClocks() {
    }

    public static Instant deadline(InterventionKind kind, Instant issuedAt) {
        return switch (kind) {
            case STOP_PAYMENT -> issuedAt.plus(STOP_PAYMENT_HOLD);
            case FREEZE -> freezeEnd(issuedAt);
            case FUND_RETURN -> workingDaysAfter(issuedAt, FUND_RETURN_WORKING_DAYS);
            default -> issuedAt.plus(ANSWER_WITHIN);
        };
    }

    public static Instant freezeEnd(Instant from) {
        return from.atZone(CHINA).plusMonths(FREEZE_MONTHS).toInstant();
    }

    static Instant workingDaysAfter(Instant start, int days) {
        ZonedDateTime at = start.atZone(CHINA);
        LocalDate day = at.toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.atTime(at.toLocalTime()).atZone(CHINA).toInstant();
    }
}
