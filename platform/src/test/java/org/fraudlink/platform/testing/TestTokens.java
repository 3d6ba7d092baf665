package org.fraudlink.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints tokens for tests with the test key pair ({@code test-keys/}, test resources only). A token is valid by
 * default; each negative test changes exactly one thing:
 * {@code TestTokens.police("HOHHOT-PSB", "150100").expired().bearer()}.
 */
public final class TestTokens {

    public static final String ISSUER = "fraudlink-test";
    public static final String KEY_ID = "test-key";

    private String subject = "test-" + UUID.randomUUID();
    private final Set<String> roles = new LinkedHashSet<>();
    private String org;
    private String orgType;
    private String region;
    private String issuer = ISSUER;
    private String audience = "fraudlink";
    private Instant issuedAt = Instant.now();
    private Instant notBefore;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));
    private Defect defect = Defect.NONE;

    private enum Defect { NONE, UNSIGNED, UNKNOWN_KEY, HS256_WITH_PUBLIC_KEY }

    private TestTokens() {
    }

    public static TestTokens forOrg(String org, String orgType, String region, String... roles) {
        TestTokens tokens = new TestTokens();
        tokens.org = org;
        tokens.orgType = orgType;
        tokens.region = region;
        tokens.roles.addAll(List.of(roles));
        return tokens;
    }

    public static TestTokens police(String org, String region) {
        return forOrg(org, "POLICE", region, "police");
    }

    public static TestTokens taskForce(String org, String region) {
        return forOrg(org, "POLICE", region, "task-force");
    }

    public static TestTokens partner(String org, String orgType, String region) {
        return forOrg(org, orgType, region, "partner");
    }

    public static TestTokens registryAdmin() {
        return forOrg("JMO", "REGULATOR", "000000", "registry-admin");
    }

    public static TestTokens auditor() {
        return forOrg("JMO", "REGULATOR", "000000", "auditor");
    }

    public static TestTokens service() {
        return forOrg("JMO", "REGULATOR", "000000", "service");
    }

    public TestTokens subject(String value) {
        subject = value;
        return this;
    }

    public TestTokens roles(String... values) {
        roles.clear();
        roles.addAll(List.of(values));
        return this;
    }

    public TestTokens region(String value) {
        region = value;
        return this;
    }

    public TestTokens issuer(String value) {
        issuer = value;
        return this;
    }

    public TestTokens audience(String value) {
        audience = value;
        return this;
    }

    /** Expired a minute and a half ago (beyond the verifiers' 60-second clock skew). */
    public TestTokens expired() {
        issuedAt = Instant.now().minus(Duration.ofMinutes(20));
        expiresAt = Instant.now().minus(Duration.ofSeconds(90));
        return this;
    }

    /** Not valid before ten minutes from now. */
    public TestTokens notYetValid() {
        notBefore = Instant.now().plus(Duration.ofMinutes(10));
        return this;
    }

    /** {@code alg: none}, no signature. */
    public TestTokens unsigned() {
        defect = Defect.UNSIGNED;
        return this;
    }

    /** Signed RS256 by a key no verifier knows. */
    public TestTokens signedByUnknownKey() {
        defect = Defect.UNKNOWN_KEY;
        return this;
    }

    /** The classic confusion attack: HS256 with the RSA public key as the HMAC secret. */
    public TestTokens hs256WithPublicKey() {
        defect = Defect.HS256_WITH_PUBLIC_KEY;
        return this;
    }

    /** {@code "Bearer <token>"}, for an {@code Authorization} header. */
    public String bearer() {
        return "Bearer " + token();
    }

    public String token() {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString())
                .groups(roles);
        if (notBefore != null) {
            claims.claim("nbf", notBefore.getEpochSecond());
        }
        if (org != null) {
            claims.claim("org", org);
        }
        if (orgType != null) {
            claims.claim("org_type", orgType);
        }
        if (region != null) {
            claims.claim("region", region);
        }
        if (defect == Defect.UNKNOWN_KEY) {
            return claims.jws().keyId(KEY_ID).sign(freshKey());
        }
        String valid = claims.jws().keyId(KEY_ID).sign(privateKey());
        String payload = valid.split("\\.")[1];
        return switch (defect) {
            case UNSIGNED -> header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
            case HS256_WITH_PUBLIC_KEY -> hmacSigned(payload);
            default -> valid;
        };
    }

    private static String hmacSigned(String payload) {
        String signingInput = header("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}") + "."
                + payload;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(resource("test-keys/public.pem"), "HmacSHA256"));
            return signingInput + "." + base64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(String json) {
        return base64(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The private half of the test key pair. */
    public static PrivateKey privateKey() {
        String pem = new String(resource("test-keys/private.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test private key is unreadable", e);
        }
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
