package org.fraudlink.platform.security;

import java.util.regex.Pattern;

/**
 * The jurisdiction rule of the contract: a GB/T 2260 code covers every code that starts with it once its
 * trailing zero pairs are dropped ({@code 150000} covers {@code 15xxxx}; {@code 000000} covers the country).
 */
public final class Regions {

    /** The code that stands for the whole country. */
    public static final String COUNTRY = "000000";

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private Regions() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches();
    }

    /** The significant prefix of a code: {@code 150100} gives {@code 1501}, {@code 000000} gives the empty string. */
    public static String prefix(String code) {
        requireWellFormed(code);
        String prefix = code;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /** Whether {@code jurisdiction} covers {@code region} (a region covers itself). */
    public static boolean covers(String jurisdiction, String region) {
        if (!isWellFormed(jurisdiction) || !isWellFormed(region)) {
            return false;
        }
        return region.startsWith(prefix(jurisdiction));
    }

    /** The level of a code: 0 country, 1 province, 2 city (prefecture), 3 county or district. */
    public static int level(String code) {
        return prefix(code).length() / 2;
    }

    private static void requireWellFormed(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a 6-digit region code: " + code);
        }
    }
}
