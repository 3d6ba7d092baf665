package org.fraudlink.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.http.HttpMethod;

/**
 * Which service answers a path: a fixed table of prefixes, matched segment by segment on the raw path, which is
 * passed on unchanged. A path that is not in canonical form (dot segments, encoded dots or slashes, backslashes,
 * empty segments, matrix parameters) is never routed, so no service can be tricked into resolving it to one of
 * its internal endpoints.
 */
public final class RouteTable {

    private record Rule(String path, boolean prefix, Backend backend) {
        boolean matches(String candidate) {
            return candidate.equals(path) || prefix && candidate.startsWith(path + "/");
        }
    }

    private static final List<Rule> RULES = List.of(
            prefix("/auth", Backend.REGISTRY),
            prefix("/api/v1/registry", Backend.REGISTRY),
            prefix("/api/v1/audit/registry", Backend.REGISTRY),
            prefix("/api/v1/cases", Backend.CASES),
            prefix("/api/v1/identifiers", Backend.CASES),
            exact("/api/v1/stats/cases", Backend.CASES),
            prefix("/api/v1/audit/cases", Backend.CASES),
            prefix("/api/v1/warnings", Backend.ALERTS),
            prefix("/api/v1/interventions", Backend.ALERTS),
            prefix("/api/v1/flags", Backend.ALERTS),
            exact("/api/v1/stats/alerts", Backend.ALERTS),
            prefix("/api/v1/audit/alerts", Backend.ALERTS));

    /** Encoded forms that a service could decode into a dot segment, a separator or a second encoding. */
    private static final List<String> FORBIDDEN_ENCODINGS = List.of("%2e", "%2f", "%5c", "%25", "%00", "%3b");

    private RouteTable() {
    }

    /** The service for a raw request path, or empty when the path is not routed. */
    public static Optional<Backend> route(String rawPath) {
        if (!isCanonical(rawPath)) {
            return Optional.empty();
        }
        return RULES.stream().filter(rule -> rule.matches(rawPath)).map(Rule::backend).findFirst();
    }

    /** The only routed endpoints that take no token: getting one, and the keys to check one. */
    public static boolean isPublic(HttpMethod method, String rawPath) {
        return HttpMethod.POST.equals(method) && "/auth/token".equals(rawPath)
                || HttpMethod.GET.equals(method) && "/auth/jwks".equals(rawPath);
    }

    static boolean isCanonical(String path) {
        if (path == null || !path.startsWith("/") || path.contains("//") || path.indexOf('\\') >= 0
                || path.indexOf(';') >= 0) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return false;
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (FORBIDDEN_ENCODINGS.stream().anyMatch(lower::contains)) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static Rule prefix(String path, Backend backend) {
        return new Rule(path, true, backend);
    }

    private static Rule exact(String path, Backend backend) {
        return new Rule(path, false, backend);
    }
}
