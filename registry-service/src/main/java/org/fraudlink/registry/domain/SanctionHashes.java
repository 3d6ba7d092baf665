package org.fraudlink.registry.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * Keyed hashes of ID numbers for the sanction list: HMAC-SHA256 under {@code FRAUDLINK_SANCTIONS_HMAC_KEY}. A plain
 * hash would not do: ID numbers are few enough (region, birth date, sequence) to hash them all.
 */
@Singleton
@Startup // a missing or short key stops the start, not the first request
public class SanctionHashes {

    private static final int MIN_KEY_LENGTH = 32;

    @ConfigProperty(name = "fraudlink.sanctions.hmac-key")
    String key;

    private SecretKeySpec keySpec;

    @PostConstruct
    void check() {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("FRAUDLINK_SANCTIONS_HMAC_KEY must have at least " + MIN_KEY_LENGTH
                    + " characters (e.g. base64 of 32 random bytes)");
        }
        keySpec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a valid, normalised ID number. */
    public String of(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keySpec);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
