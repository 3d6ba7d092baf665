package org.fraudlink.registry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character resident ID number of GB 11643-1999: 17 digits (region, birth date, sequence) and a check
 * character (ISO 7064 MOD 11-2, {@code X} for 10). Validation messages never repeat the number.
 */
public final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumbers() {
    }

    /** The normal form (upper-case {@code X}), or why the number is invalid. */
    public static Optional<String> problem(String value) {
        if (value == null || !value.matches("\\d{17}[0-9Xx]")) {
            return Optional.of("must be 17 digits and a check digit or X");
        }
        String number = normalise(value);
        if (!validBirthDate(number.substring(6, 14))) {
            return Optional.of("does not hold a valid birth date");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == number.charAt(17) ? Optional.empty()
                : Optional.of("has a wrong check digit");
    }

    public static String normalise(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    private static boolean validBirthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
