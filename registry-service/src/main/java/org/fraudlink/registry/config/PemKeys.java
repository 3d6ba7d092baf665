package org.fraudlink.registry.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads and writes RSA keys as PEM, from a file path or a {@code classpath:} resource. */
final class PemKeys {

    private static final String CLASSPATH = "classpath:";

    private PemKeys() {
    }

    static RSAPrivateCrtKey readPrivate(String location) {
        String pem = read(location);
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException(location + " is a PKCS#1 key; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in old.pem -out new.pem'");
        }
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(body(pem, "PRIVATE KEY", location)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(location + " is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    static RSAPublicKey readPublic(String location) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(body(read(location), "PUBLIC KEY", location)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(location + " is not an RSA public key in PEM", e);
        }
    }

    static RSAPublicKey publicOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String privatePem(RSAPrivateCrtKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static byte[] body(String pem, String label, String location) {
        int begin = pem.indexOf("-----BEGIN " + label + "-----");
        int end = pem.indexOf("-----END " + label + "-----");
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(location + " has no '" + label + "' PEM block");
        }
        String base64 = pem.substring(begin + label.length() + 16, end).replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String read(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String name = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException(location + " is not on the classpath");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            return Files.readString(Path.of(location), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("the key " + location + " cannot be read", e);
        }
    }
}
