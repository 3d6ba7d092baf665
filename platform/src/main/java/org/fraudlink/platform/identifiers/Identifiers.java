package org.fraudlink.platform.identifiers;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises identifiers so the same account, phone or domain written different ways is one value:
 * <ul>
 * <li>{@code PHONE}: digits only, without the country code 86 ({@code +86 138-0013-8000}, {@code 0086 13800138000},
 * {@code (138) 0013 8000} and {@code 8613800138000} all give {@code 13800138000}); 5 to 20 digits;</li>
 * <li>{@code BANK_ACCOUNT}, {@code PAYMENT_ACCOUNT}: digits only, spaces and dashes dropped; 6 to 32 digits;</li>
 * <li>{@code DOMAIN}: lowercase, IDNA (punycode) encoded, scheme, path and trailing dot dropped
 * ({@code https://Example.COM/login} gives {@code example.com}, {@code 例子.中国} gives
 * {@code xn--fsqu00a.xn--fiqs8s});</li>
 * <li>{@code IM_ACCOUNT}: trimmed and lowercased; 1 to 64 characters without spaces.</li>
 * </ul>
 */
public final class Identifiers {

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CHINESE_MOBILE_WITH_COUNTRY = Pattern.compile("861\\d{10}");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NO_SPACE = Pattern.compile("\\S{1,64}");

    private Identifiers() {
    }

    /**
     * The normal form of {@code value}.
     *
     * @throws IllegalArgumentException with a message fit for the caller when the value cannot be such an identifier
     */
    public static String normalise(IdentifierKind kind, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        String trimmed = value.strip();
        return switch (kind) {
            case PHONE -> phone(trimmed);
            case BANK_ACCOUNT, PAYMENT_ACCOUNT -> account(trimmed);
            case DOMAIN -> domain(trimmed);
            case IM_ACCOUNT -> imAccount(trimmed);
        };
    }

    private static String phone(String value) {
        String compact = PHONE_SEPARATORS.matcher(value).replaceAll("");
        String digits;
        if (compact.startsWith("+86")) {
            digits = compact.substring(3);
        } else if (compact.startsWith("0086")) {
            digits = compact.substring(4);
        } else if (CHINESE_MOBILE_WITH_COUNTRY.matcher(compact).matches()) {
            digits = compact.substring(2);
        } else {
            digits = compact;
        }
        if (!DIGITS.matcher(digits).matches() || digits.length() < 5 || digits.length() > 20) {
            throw new IllegalArgumentException("is not a phone number");
        }
        return digits;
    }

    private static String account(String value) {
        String digits = ACCOUNT_SEPARATORS.matcher(value).replaceAll("");
        if (!DIGITS.matcher(digits).matches() || digits.length() < 6 || digits.length() > 32) {
            throw new IllegalArgumentException("must be an account number of 6 to 32 digits");
        }
        return digits;
    }

    private static String domain(String value) {
        String host = value.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a domain name");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw new IllegalArgumentException("is not a domain name");
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("is not a domain name");
            }
        }
        return ascii;
    }

    private static String imAccount(String value) {
        String account = value.toLowerCase(Locale.ROOT);
        if (!NO_SPACE.matcher(account).matches()) {
            throw new IllegalArgumentException("must be 1 to 64 characters without spaces");
        }
        return account;
    }
}
