package org.fraudlink.cases.config;

import io.smallrye.config.ConfigMapping;

/** case-service's own settings. */
@ConfigMapping(prefix = "fraudlink.cases")
public interface CasesConfig {

    /**
     * The key of the HMAC-SHA256 under which suspects' ID numbers are stored ({@code FRAUDLINK_CASES_HMAC_KEY}).
     * Required in production; only the dev and test profiles carry a fixed value.
     */
    String hmacKey();
}
