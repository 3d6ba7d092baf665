package org.fraudlink.gateway.routing;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import org.fraudlink.gateway.config.GatewayConfig;

/**
 * Where the services are ({@code quarkus.rest-client.<name>.url}, as the services name each other) and the one
 * pooled keep-alive HTTP client on Quarkus' Vert.x that the proxy and the dashboard share.
 */
@ApplicationScoped
public class Backends {

    private final Map<Backend, URI> urls = new EnumMap<>(Backend.class);
    private final HttpClient client;
    private final GatewayConfig config;

    @Inject
    public Backends(Vertx vertx, GatewayConfig config, Config properties) {
        this.config = config;
        for (Backend backend : Backend.values()) {
            String url = properties.getOptionalValue("quarkus.rest-client." + backend.configName() + ".url",
                    String.class).orElse(backend.defaultUrl());
            urls.put(backend, URI.create(url));
        }
        client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setPipelining(false)
                .setMaxPoolSize(config.backend().maxConnections())
                .setConnectTimeout((int) config.backend().connectTimeout().toMillis()));
    }

    public HttpClient client() {
        return client;
    }

    public URI url(Backend backend) {
        return urls.get(backend);
    }

    /** Options for one request to a service, with the gateway's timeouts; {@code uri} is path and query. */
    public RequestOptions options(Backend backend, HttpMethod method, String uri) {
        URI base = urls.get(backend);
        boolean ssl = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        return new RequestOptions()
                .setMethod(method)
                .setHost(base.getHost())
                .setPort(port)
                .setSsl(ssl)
                .setURI(uri)
                // waiting for a pooled connection counts as connecting: a saturated service is "unavailable"
                .setConnectTimeout(config.backend().connectTimeout().toMillis())
                .setIdleTimeout(config.backend().readTimeout().toMillis());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
