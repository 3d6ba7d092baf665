package org.fraudlink.gateway.support;

import io.vertx.core.json.JsonObject;

/**
 * Small OpenAPI documents for the stub services, shaped like the real ones: routed and internal paths, a schema
 * shared with the same content ({@code Problem}), one with the same name and different content ({@code Page}),
 * and an operation id every service has ({@code listAudit}, from the platform's audit endpoints).
 */
final class StubOpenApi {

    private StubOpenApi() {
    }

    static JsonObject of(String backend) {
        JsonObject paths = new JsonObject();
        switch (backend) {
            case "registry" -> paths
                    .put("/auth/token", path("post", "token", null))
                    .put("/api/v1/registry/orgs", path("get", "listOrganisations", "Page"))
                    .put("/api/v1/audit/registry", path("get", "listAudit", null))
                    .put("/internal/registry/orgs", path("get", "listSuspended", null));
            case "cases" -> paths
                    .put("/api/v1/cases", path("get", "listCases", "Page"))
                    .put("/api/v1/cases/{id}", path("get", "getCase", "Case"))
                    .put("/api/v1/stats/cases", path("get", "caseStatistics", null))
                    .put("/api/v1/audit/cases", path("get", "listAudit", null))
                    .put("/internal/cases/numbers", path("get", "internalNumbers", null));
            default -> paths
                    .put("/api/v1/warnings", path("get", "listWarnings", "Page"))
                    .put("/api/v1/audit/alerts", path("get", "listAudit", null))
                    .put("/internal/events", path("post", "receiveEvent", null));
        }
        JsonObject schemas = new JsonObject()
                .put("Problem", new JsonObject().put("type", "object")
                        .put("properties", new JsonObject().put("title", new JsonObject().put("type", "string"))))
                .put("Page", new JsonObject().put("type", "object").put("description", backend + " page")
                        .put("properties", new JsonObject().put("total", new JsonObject().put("type", "integer"))));
        if (backend.equals("cases")) {
            schemas.put("Case", new JsonObject().put("type", "object")
                    .put("properties", new JsonObject().put("page", new JsonObject().put("$ref",
                            "#/components/schemas/Page"))));
        }
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", backend + "-service").put("version", "1.0"))
                .put("tags", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", backend)))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas));
    }

    private static JsonObject path(String method, String operationId, String schema) {
        JsonObject response = new JsonObject().put("description", "OK");
        if (schema != null) {
            response.put("content", new JsonObject().put("application/json", new JsonObject().put("schema",
                    new JsonObject().put("$ref", "#/components/schemas/" + schema))));
        }
        return new JsonObject().put(method, new JsonObject().put("operationId", operationId)
                .put("responses", new JsonObject().put("200", response)));
    }
}
