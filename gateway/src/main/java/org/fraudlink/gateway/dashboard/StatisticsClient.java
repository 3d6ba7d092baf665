package org.fraudlink.gateway.dashboard;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import org.fraudlink.gateway.routing.Backend;
import org.fraudlink.gateway.routing.Backends;
import org.fraudlink.platform.web.RequestIds;

/**
 * Calls one statistics endpoint with the caller's own token (each service checks role and region itself), on the
 * gateway's pooled client and with its timeouts. A service that is down, too slow or failing (5xx) yields a
 * missing part rather than a failure.
 */
@ApplicationScoped
public class StatisticsClient {

    private static final Logger LOG = Logger.getLogger(StatisticsClient.class);

    /** One service's answer: a body to use, a refusal to pass on (4xx), or nothing (missing). */
    public record Part(int status, JsonNode body, byte[] refusal, String contentType) {
        static final Part MISSING = new Part(0, null, null, null);

        boolean isRefusal() {
            return refusal != null;
        }
    }

    @Inject
    Backends backends;

    private final ObjectReader reader;

    @Inject
    public StatisticsClient(ObjectMapper mapper) {
        // money keeps its exact digits: 3540000000.00 stays that, not 3.54E9
        reader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(JsonNodeFactory.withExactBigDecimals(true));
    }

    public Future<Part> fetch(Backend backend, String path, Map<String, String> params, String authorization,
            String requestId) {
        String uri = path + query(params);
        return backends.client().request(backends.options(backend, HttpMethod.GET, uri))
                .compose(request -> {
                    request.putHeader("Accept", "application/json");
                    if (authorization != null) {
                        request.putHeader("Authorization", authorization);
                    }
                    request.putHeader(RequestIds.HEADER, requestId);
                    return request.send();
                })
                .compose(response -> response.body().map(body -> {
                    int status = response.statusCode();
                    if (status == 200) {
                        return new Part(status, parse(body.getBytes()), null, null);
                    }
                    if (status >= 400 && status < 500) {
                        return new Part(status, null, body.getBytes(), response.getHeader("Content-Type"));
                    }
                    throw new IllegalStateException(backend.configName() + " answered " + status);
                }))
                .otherwise(failure -> {
                    LOG.warnf("dashboard: %s %s is missing (%s; request id %s)", backend.configName(), path,
                            failure.getMessage(), requestId);
                    return Part.MISSING;
                });
    }

    private JsonNode parse(byte[] body) {
        try {
            return reader.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the statistics answer is not JSON", e);
        }
    }

    private static String query(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        new LinkedHashMap<>(params).forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
