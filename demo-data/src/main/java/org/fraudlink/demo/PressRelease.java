package org.fraudlink.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of the provincial department's report for January–July (the product contract) that the default dataset
 * reproduces, and that the dashboard shows afterwards. {@link #scaled} makes a proportionally smaller dataset for
 * tests; its figures are exact too.
 *
 * @param casesSolved          telecom and online fraud cases solved
 * @param epidemicCases        of those, epidemic-related (tag {@code EPIDEMIC})
 * @param epidemicSuspects     suspects caught in the epidemic-related cases
 * @param casesOver500k        solved cases with a loss of at least 500,000 yuan (including those over a million)
 * @param casesOver1m          solved cases with a loss of at least 1,000,000 yuan
 * @param gangs                gangs dismantled in the card-breaking campaign
 * @param dens                 dens destroyed in the card-breaking campaign
 * @param cardSuspects         suspects caught in the card-breaking campaign
 * @param sanctions            card sellers put on the two-card sanction list
 * @param warnings             warning leads pushed
 * @param amountSecured        yuan secured by emergency stop-payments
 * @param stopPayments         stop-payment orders that secured it (not a reported figure; it sets the order size)
 */
public record PressRelease(int casesSolved, int epidemicCases, int epidemicSuspects, int casesOver500k,
        int casesOver1m, int gangs, int dens, int cardSuspects, int sanctions, int warnings,
        BigDecimal amountSecured, int stopPayments) {

    public static final PressRelease JANUARY_TO_JULY = new PressRelease(2_585, 276, 120, 122, 31, 108, 154, 189, 217,
            404_000, new BigDecimal("3540000000.00"), 1_180);

    /** Cases of the card-breaking campaign (type {@code CARD_TRAFFICKING}, tag {@code CARD_BREAKING}). */
    public int cardCases() {
        return Math.max(1, Math.min(dens, (gangs + dens) / 3));
    }

    /** Every figure times {@code factor}, rounded, keeping at least one of each and the money exact to the fen. */
    public PressRelease scaled(double factor) {
        if (factor == 1.0) {
            return this;
        }
        int over1m = scale(casesOver1m, factor);
        return new PressRelease(scale(casesSolved, factor), scale(epidemicCases, factor),
                scale(epidemicSuspects, factor), Math.max(over1m, scale(casesOver500k, factor)), over1m,
                scale(gangs, factor), scale(dens, factor), scale(cardSuspects, factor), scale(sanctions, factor),
                scale(warnings, factor),
                amountSecured.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP),
                scale(stopPayments, factor));
    }

    private static int scale(int figure, double factor) {
        return Math.max(1, (int) Math.round(figure * factor));
    }
}
