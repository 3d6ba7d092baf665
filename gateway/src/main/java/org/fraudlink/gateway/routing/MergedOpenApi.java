package org.fraudlink.gateway.routing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import org.fraudlink.gateway.config.GatewayConfig;

/**
 * {@code GET /q/openapi} on the gateway: one document for the whole public API — the gateway's own (the dashboard)
 * and each service's {@code /q/openapi?format=json}, restricted to the paths the gateway routes. Cached for
 * {@code fraudlink.gateway.openapi.cache-for}; when a service could not be read, read again on the next request
 * (at most every {@code retry-missing-after}) and listed under {@code info.x-fraudlink-missing} meanwhile.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private record Cached(Buffer json, long expiresAtNanos) {
    }

    @Inject
    Backends backends;

    @Inject
    OpenApiDocumentService ownDocument;

    @Inject
    ObjectMapper mapper;

    @Inject
    GatewayConfig config;

    private volatile Cached cached;

    public void serve(RoutingContext context) {
        if (!HttpMethod.GET.equals(context.request().method()) && !HttpMethod.HEAD.equals(context.request().method())) {
            context.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET, HEAD").end();
            return;
        }
        Cached current = cached;
        Future<Buffer> document = current != null && System.nanoTime() < current.expiresAtNanos()
                ? Future.succeededFuture(current.json())
                : build();
        document.onComplete(result -> {
            if (result.failed()) {
                LOG.error("the merged OpenAPI document could not be built", result.cause());
                context.response().setStatusCode(500).end();
                return;
            }
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .end(result.result());
        });
    }

    private Future<Buffer> build() {
        Map<Backend, Future<JsonNode>> reads = new EnumMap<>(Backend.class);
        for (Backend backend : Backend.values()) {
            reads.put(backend, read(backend));
        }
        return Future.join(List.copyOf(reads.values())).transform(ignored -> {
            Map<Backend, JsonNode> documents = new EnumMap<>(Backend.class);
            List<String> missing = new ArrayList<>();
            reads.forEach((backend, read) -> {
                if (read.succeeded()) {
                    documents.put(backend, read.result());
                } else {
                    missing.add(backend.configName());
                    LOG.warnf("OpenAPI of %s could not be read: %s", backend.configName(), read.cause().getMessage());
                }
            });
            try {
                ObjectNode own = (ObjectNode) mapper.readTree(
                        ownDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
                Buffer json = Buffer.buffer(mapper.writeValueAsBytes(OpenApiMerger.merge(own, documents, missing)));
                Duration keep = missing.isEmpty() ? config.openapi().cacheFor() : config.openapi().retryMissingAfter();
                cached = new Cached(json, System.nanoTime() + keep.toNanos());
                return Future.succeededFuture(json);
            } catch (IOException e) {
                return Future.failedFuture(e);
            }
        });
    }

    private Future<JsonNode> read(Backend backend) {
        return backends.client().request(backends.options(backend, HttpMethod.GET, "/q/openapi?format=json"))
                .compose(request -> request.putHeader(HttpHeaders.ACCEPT, "application/json").send())
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture("answered " + response.statusCode());
                    }
                    return response.body();
                })
                .map(body -> {
                    try {
                        return mapper.readTree(body.getBytes());
                    } catch (IOException e) {
                        throw new IllegalStateException("not JSON", e);
                    }
                });
    }
}
