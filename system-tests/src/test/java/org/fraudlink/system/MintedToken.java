package org.fraudlink.system;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.RestAssured;

/**
 * Tokens signed with the suite's own signing key (so a valid one is indistinguishable from registry-service's), each
 * with exactly one defect for the negative checks.
 */
enum MintedToken {
    VALID, UNSIGNED, ALG_NONE, UNKNOWN_KEY, HS256_WITH_PUBLIC_KEY, EXPIRED, NOT_YET_VALID, OTHER_ISSUER, OTHER_AUDIENCE,
    GARBAGE;

    String mint(String org, String orgType, String region, String role) {
        Instant now = Instant.now();
        long issuedAt = (this == EXPIRED ? now.minus(Duration.ofMinutes(30)) : now).getEpochSecond();
        long expiresAt = (this == EXPIRED ? now.minus(Duration.ofMinutes(5)) : now.plus(Duration.ofMinutes(10)))
                .getEpochSecond();
        String claims = "{\"iss\":\"%s\",\"aud\":\"%s\",\"sub\":\"minted-%s\",\"iat\":%d,\"exp\":%d,%s"
                .formatted(this == OTHER_ISSUER ? "someone-else" : Suite.ISSUER,
                        this == OTHER_AUDIENCE ? "another-app" : "fraudlink", UUID.randomUUID(), issuedAt, expiresAt,
                        this == NOT_YET_VALID ? "\"nbf\":" + now.plus(Duration.ofMinutes(10)).getEpochSecond() + "," : "")
                + "\"jti\":\"%s\",\"groups\":[\"%s\"],\"org\":\"%s\",\"org_type\":\"%s\",\"region\":\"%s\"}"
                .formatted(UUID.randomUUID(), role, org, orgType, region);
        String payload = base64(claims);
        return switch (this) {
            case UNSIGNED -> base64(header("RS256")) + "." + payload + ".";
            case ALG_NONE -> base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
            case HS256_WITH_PUBLIC_KEY -> hmacWithPublicKey(payload);
            case GARBAGE -> "not-a-jwt";
            default -> rs256(payload, this == UNKNOWN_KEY ? freshKey() : Suite.get().signingKey.getPrivate());
        };
    }

    private static String header(String algorithm) {
        return "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\",\"kid\":\"" + currentKeyId() + "\"}";
    }

    private static String rs256(String payload, PrivateKey key) {
        String input = base64(header("RS256")) + "." + payload;
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code kid} under which registry-service publishes the suite's signing key. */
    private static String currentKeyId() {
        BigInteger modulus = ((RSAPublicKey) Suite.get().signingKey.getPublic()).getModulus();
        List<Map<String, String>> keys = RestAssured.get(Suite.get().gateway() + "/auth/jwks").path("keys");
        return keys.stream()
                .filter(k -> new BigInteger(1, Base64.getUrlDecoder().decode(k.get("n"))).equals(modulus))
                .map(k -> k.get("kid"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the suite's key is not in /auth/jwks"));
    }

    /** The key-confusion attack: HS256 keyed with the (public) RSA key, as a verifier that trusts {@code alg} would. */
    private static String hmacWithPublicKey(String payload) {
        String input = base64(header("HS256")) + "." + payload;
        String publicPem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(Suite.get().signingKey.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicPem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return input + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
