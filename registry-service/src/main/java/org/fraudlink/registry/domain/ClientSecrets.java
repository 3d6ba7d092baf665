package org.fraudlink.registry.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * API client secrets: 256 random bits, kept as HMAC-SHA256 under {@code FRAUDLINK_CLIENTS_SECRET_KEY}. A keyed hash
 * rather than bcrypt because the secrets are random (nothing to guess) and the token endpoint must stay fast; the
 * key keeps a stolen table useless.
 */
@Singleton
@Startup // a missing or short key stops the start, not the first request
public class ClientSecrets {

    private static final int MIN_KEY_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "fraudlink.clients.secret-key")
    String key;

    private SecretKeySpec keySpec;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @PostConstruct
    void check() {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("FRAUDLINK_CLIENTS_SECRET_KEY must have at least " + MIN_KEY_LENGTH
                    + " characters (e.g. base64 of 32 random bytes)");
        }
        keySpec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A fresh secret: 32 random bytes, base64url without padding (43 characters). */
    public String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String secret) {
        return HexFormat.of().formatHex(macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time comparison, so response times say nothing about the stored hash. */
    public boolean matches(String secret, String storedHash) {
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII), expected);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keySpec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
