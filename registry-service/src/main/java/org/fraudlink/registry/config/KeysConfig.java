package org.fraudlink.registry.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the token-signing keys come from: {@code FRAUDLINK_KEYS_CURRENT_PRIVATE} (a PKCS#8 PEM, a file path or
 * {@code classpath:...}) and, during a rotation, {@code FRAUDLINK_KEYS_PREVIOUS_PUBLIC}. Without either, a key is
 * generated on first start and kept in {@code FRAUDLINK_KEYS_DIR}.
 */
@ConfigMapping(prefix = "fraudlink.keys")
public interface KeysConfig {

    Optional<String> currentPrivate();

    Optional<String> previousPublic();

    @WithDefault(".local/keys")
    String dir();
}
