package org.fraudlink.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the signing key comes from, and what the JWKS publishes. */
class SigningKeysTest {

    @TempDir
    Path dir;

    private static SigningKeys keys(String current, String previous, Path dir) {
        SigningKeys keys = new SigningKeys();
        keys.config = new KeysConfig() {
            @Override
            public Optional<String> currentPrivate() {
                return Optional.ofNullable(current);
            }

            @Override
            public Optional<String> previousPublic() {
                return Optional.ofNullable(previous);
            }

            @Override
            public String dir() {
                return dir.toString();
            }
        };
        keys.load();
        return keys;
    }

    @Test
    void aGeneratedKeyIsKeptSoARestartSignsWithTheSameKey() throws Exception {
        Path keyDir = dir.resolve("keys");
        SigningKeys first = keys(null, null, keyDir);
        SigningKeys second = keys(null, null, keyDir);
        assertEquals(first.currentKid(), second.currentKid());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keyDir.resolve("private.pem"))));
        assertEquals(1, first.published().size());
    }

    @Test
    void aConfiguredKeyFromTheClasspathSignsAndThePreviousKeyIsPublishedToo() throws Exception {
        SigningKeys previousKeys = keys(null, null, dir.resolve("old"));
        Path previousPublic = dir.resolve("previous.pub.pem");
        Files.writeString(previousPublic, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                PemKeys.publicOf(previousKeys.signingKey()).getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        SigningKeys keys = keys("classpath:test-keys/private.pem", previousPublic.toString(), dir.resolve("unused"));
        assertEquals(2, keys.published().size());
        assertEquals(keys.currentKid(), keys.published().get(0).kid());
        assertEquals(previousKeys.currentKid(), keys.published().get(1).kid());
        assertNotEquals(keys.currentKid(), previousKeys.currentKid());
        assertTrue(Files.notExists(dir.resolve("unused")));
    }

    @Test
    void theKidIsTheRfc7638Thumbprint() {
        // RFC 7638 §3.1: the example key's thumbprint
        String n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZC"
                + "iFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZ"
                + "gnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqb"
                + "w0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        var modulus = new java.math.BigInteger(1, Base64.getUrlDecoder().decode(n));
        var exponent = java.math.BigInteger.valueOf(65537);
        try {
            var key = (java.security.interfaces.RSAPublicKey) java.security.KeyFactory.getInstance("RSA")
                    .generatePublic(new java.security.spec.RSAPublicKeySpec(modulus, exponent));
            assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", SigningKeys.thumbprint(key));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPkcs1KeyOrAShortKeyIsRefusedAtStart() throws Exception {
        Path pkcs1 = dir.resolve("pkcs1.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThrows(IllegalStateException.class, () -> keys(pkcs1.toString(), null, dir));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        Path small = dir.resolve("small.pem");
        Files.writeString(small, PemKeys.privatePem((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate()));
        assertThrows(IllegalStateException.class, () -> keys(small.toString(), null, dir));
    }
}
