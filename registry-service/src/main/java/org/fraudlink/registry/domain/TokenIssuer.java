package org.fraudlink.registry.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.fraudlink.platform.security.Claims;
import org.fraudlink.registry.config.SigningKeys;

/** Signs the contract's access tokens: RS256 with the current key's {@code kid}, valid for 15 minutes. */
@Singleton
public class TokenIssuer {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    /** Who a token is for. */
    public record Subject(String clientId, Set<String> roles, String org, OrgType orgType, String region) {
    }

    /** A signed token and its lifetime in seconds. */
    public record IssuedToken(String token, long expiresIn) {
    }

    @Inject
    SigningKeys keys;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    private volatile String header;

    public IssuedToken issue(Subject subject) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", Claims.AUDIENCE);
        claims.put("sub", subject.clientId());
        claims.put("iat", now);
        claims.put("exp", now + LIFETIME.toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", subject.roles());
        claims.put(Claims.ORG, subject.org());
        claims.put(Claims.ORG_TYPE, subject.orgType().name());
        claims.put(Claims.REGION, subject.region());
        String signingInput = header() + "." + base64(json(claims));
        return new IssuedToken(signingInput + "." + base64(sign(signingInput)), LIFETIME.toSeconds());
    }

    /** The header is the same for every token signed with the current key. */
    private String header() {
        String current = header;
        if (current == null) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("alg", "RS256");
            fields.put("typ", "JWT");
            fields.put("kid", keys.currentKid());
            current = base64(json(fields));
            header = current;
        }
        return current;
    }

    private byte[] sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.signingKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the token could not be signed", e);
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
