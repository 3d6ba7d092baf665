package org.fraudlink.gateway.routing;

/** The services behind the gateway, by the name of their {@code quarkus.rest-client.<name>.url} setting. */
public enum Backend {
    REGISTRY("registry", "http://localhost:8081"),
    CASES("cases", "http://localhost:8082"),
    ALERTS("alerts", "http://localhost:8083");

    private final String configName;
    private final String defaultUrl;

    Backend(String configName, String defaultUrl) {
        this.configName = configName;
        this.defaultUrl = defaultUrl;
    }

    /** The short name used in configuration, logs and the dashboard's {@code missing} list. */
    public String configName() {
        return configName;
    }

    public String defaultUrl() {
        return defaultUrl;
    }
}
