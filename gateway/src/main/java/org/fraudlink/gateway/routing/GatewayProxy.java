package org.fraudlink.gateway.routing;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.web.RequestIds;

/**
 * The reverse proxy: one {@link HttpProxy} per service on the shared pooled client. Bodies stream through in
 * both directions; the path and query go out unchanged. A service that cannot be reached answers a 503 problem,
 * one that stays silent past the read timeout a 504 problem, a streamed body over the limit a 413 problem.
 */
@ApplicationScoped
public class GatewayProxy {

    private static final Logger LOG = Logger.getLogger(GatewayProxy.class);

    private final Map<Backend, HttpProxy> proxies = new EnumMap<>(Backend.class);
    private final Problems problems;
    private final long maxBodySize;

    /** Marks a failure to get a connection, as opposed to a failure while waiting for the answer. */
    static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    @Inject
    public GatewayProxy(Backends backends, Problems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.problems = problems;
        this.maxBodySize = limit.asLongValue();
        for (Backend backend : Backend.values()) {
            HttpProxy proxy = HttpProxy.reverseProxy(backends.client());
            proxy.originRequestProvider((request, client) -> client
                    .request(backends.options(backend, request.method(), request.uri()))
                    .recover(failure -> Future.failedFuture(new Unreachable(failure))));
            proxy.addInterceptor(new FailureAsProblem(backend));
            proxies.put(backend, proxy);
        }
    }

    public void forward(Backend backend, HttpServerRequest request) {
        proxies.get(backend).handle(request);
    }

    private final class FailureAsProblem implements ProxyInterceptor {

        private final Backend backend;

        FailureAsProblem(Backend backend) {
            this.backend = backend;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            // the caller's Host goes on, so that a Location a service builds from it points at the gateway
            if (request.proxiedRequest().authority() != null) {
                request.setAuthority(request.proxiedRequest().authority());
            }
            CappedBody capped = null;
            if (request.getBody() != null && request.getBody().length() < 0) {
                // no declared length: counted as it streams (a declared one was checked at the edge)
                capped = new CappedBody(request.getBody().stream(), maxBodySize);
                request.setBody(Body.body(capped, -1));
            }
            CappedBody body = capped;
            return context.sendRequest().recover(failure -> body != null && body.exceeded()
                    ? answer(request, ProblemType.TOO_LARGE, "The body may be at most " + maxBodySize + " bytes")
                    : answerFailure(request, failure));
        }

        private Future<ProxyResponse> answerFailure(ProxyRequest request, Throwable failure) {
            boolean timedOut = !(failure instanceof Unreachable) && failure instanceof TimeoutException;
            HttpServerRequest incoming = request.proxiedRequest();
            if (incoming.response().closed()) {
                // the caller hung up and the proxy dropped the call to the service: nobody to answer, and not a
                // service failing (a warning here would page someone for every client that gives up)
                LOG.debugf("%s %s: the caller went away before %s answered (request id %s)", incoming.method(),
                        incoming.path(), backend.configName(), RequestIds.of(incoming));
                return Future.failedFuture(failure);
            }
            String what = timedOut ? "did not answer in time" : "is unavailable";
            LOG.warnf("%s %s: %s %s (%s; request id %s)", incoming.method(), incoming.path(), backend.configName(),
                    what, failure.getMessage(), RequestIds.of(incoming));
            return answer(request, timedOut ? ProblemType.TIMEOUT : ProblemType.UNAVAILABLE,
                    "The " + backend.configName() + " service " + what);
        }

        private Future<ProxyResponse> answer(ProxyRequest request, ProblemType type, String detail) {
            HttpServerRequest incoming = request.proxiedRequest();
            Buffer problem = problems.render(type, detail, incoming.path(), RequestIds.of(incoming));
            request.release();
            ProxyResponse response = request.response();
            response.headers().clear();
            response.setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(problem.length()))
                    .setBody(Body.body(problem));
            return Future.succeededFuture(response);
        }
    }
}
