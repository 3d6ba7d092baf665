package org.fraudlink.gateway.routing;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

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

/**
 * The reverse proxy: one {@link HttpProxy} per service on the shared pooled client. Bodies stream through in
 * both directions; the path and query go out unchanged. A service that cannot be reached answers a 503 problem,
 * one that stays silent past the read timeout a 504 problem.
 */
@ApplicationScoped
public class GatewayProxy {

    private static final Logger LOG = Logger.getLogger(GatewayProxy.class);

    private final Map<Backend, HttpProxy> proxies = new EnumMap<>(Backend.class);
    private final Problems problems;

    /** Marks a failure to get a connection, as opposed to a failure while waiting for the answer. */
    static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    @Inject
    public GatewayProxy(Backends backends, Problems problems) {
        this.problems = problems;
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
            return context.sendRequest().recover(failure -> answerProblem(context.request(), failure));
        }

        private Future<ProxyResponse> answerProblem(ProxyRequest request, Throwable failure) {
            boolean timedOut = !(failure instanceof Unreachable) && failure instanceof TimeoutException;
            ProblemType type = timedOut ? ProblemType.TIMEOUT : ProblemType.UNAVAILABLE;
            HttpServerRequest incoming = request.proxiedRequest();
            LOG.warnf("%s %s: %s %s (%s; request id %s)", incoming.method(), incoming.path(), backend.configName(),
                    timedOut ? "did not answer in time" : "is unavailable", failure.getMessage(),
                    RequestIds.of(incoming));
            request.release();
            Buffer problem = problems.render(type, "The " + backend.configName() + " service "
                    + (timedOut ? "did not answer in time" : "is unavailable"), incoming.path(),
                    RequestIds.of(incoming));
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
