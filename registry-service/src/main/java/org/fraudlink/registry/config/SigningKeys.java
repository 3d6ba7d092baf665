package org.fraudlink.registry.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

/**
 * The key registry-service signs tokens with, and the public keys it publishes: the current one and, during a
 * rotation, the previous one, so tokens signed before the rotation stay valid until they expire. Each key's
 * {@code kid} is its RFC 7638 thumbprint, so the same key always has the same id in every replica.
 */
@Singleton
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final int MIN_BITS = 2048;
    private static final String GENERATED = "private.pem";

    /** A public key with its id. */
    public record PublicKey(String kid, RSAPublicKey key) {
    }

    @Inject
    KeysConfig config;

    private RSAPrivateCrtKey signingKey;
    private PublicKey current;
    private Optional<PublicKey> previous;

    @PostConstruct
    void load() {
        signingKey = config.currentPrivate().map(PemKeys::readPrivate).orElseGet(this::generatedKey);
        if (signingKey.getModulus().bitLength() < MIN_BITS) {
            throw new IllegalStateException("the signing key has fewer than " + MIN_BITS + " bits");
        }
        RSAPublicKey currentPublic = PemKeys.publicOf(signingKey);
        current = new PublicKey(thumbprint(currentPublic), currentPublic);
        previous = config.previousPublic().map(PemKeys::readPublic).map(key -> new PublicKey(thumbprint(key), key));
        LOG.infof("signing tokens with key %s%s", current.kid(),
                previous.map(p -> "; previous key " + p.kid() + " still verifies").orElse(""));
    }

    public RSAPrivateCrtKey signingKey() {
        return signingKey;
    }

    public String currentKid() {
        return current.kid();
    }

    /** The keys a verifier accepts, current first. */
    public List<PublicKey> published() {
        List<PublicKey> keys = new ArrayList<>();
        keys.add(current);
        previous.filter(p -> !p.kid().equals(current.kid())).ifPresent(keys::add);
        return keys;
    }

    /** The JWK members of an RSA public key, in the lexicographic order RFC 7638 hashes. */
    public static Map<String, String> jwkMembers(RSAPublicKey key) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("e", base64Url(key.getPublicExponent()));
        members.put("kty", "RSA");
        members.put("n", base64Url(key.getModulus()));
        return members;
    }

    static String thumbprint(RSAPublicKey key) {
        Map<String, String> members = jwkMembers(key);
        String canonical = "{\"e\":\"" + members.get("e") + "\",\"kty\":\"RSA\",\"n\":\"" + members.get("n") + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) { // the sign byte is not part of the JWK value
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The locally kept key, generated on first start. Two processes starting at once both generate one; the file
     * is placed without replacing, so the loser reads the winner's key and both sign with the same one.
     */
    private RSAPrivateCrtKey generatedKey() {
        Path dir = Path.of(config.dir());
        Path file = dir.resolve(GENERATED);
        if (Files.exists(file)) {
            return PemKeys.readPrivate(file.toString());
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_BITS);
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
            Path temporary = Files.createTempFile(dir, "private", ".tmp");
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(temporary, PemKeys.privatePem(key), StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file);
                LOG.infof("generated a signing key in %s (local use; set FRAUDLINK_KEYS_CURRENT_PRIVATE in "
                        + "production)", file.toAbsolutePath());
                return key;
            } catch (FileAlreadyExistsException raced) {
                Files.delete(temporary);
                return PemKeys.readPrivate(file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the signing key cannot be kept in " + dir.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
