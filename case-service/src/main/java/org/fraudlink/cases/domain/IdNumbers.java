package org.fraudlink.cases.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.cases.config.CasesConfig;
import org.fraudlink.platform.problem.ProblemException;

/**
 * Personal ID numbers are never stored in clear: only an HMAC-SHA256 under a secret key (so the hash cannot be
 * reversed by trying all 18-digit numbers without the key) and the last four characters, for a human check.
 */
@ApplicationScoped
public class IdNumbers {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{6,32}");

    /** A keyed hash and the last four characters of one ID number. */
    public record Protected(String hash, String last4) {
    }

    @Inject
    CasesConfig config;

    /** Normalises (spaces dropped, upper case: the check character X) and protects an ID number. */
    public Protected protect(String field, String idNumber) {
        String normal = idNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(normal).matches()) {
            throw ProblemException.invalid(field, "must be 6 to 32 letters or digits");
        }
        return new Protected(hmac(normal), normal.substring(normal.length() - 4));
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.hmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
