package org.fraudlink.gateway.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into the gateway's own: only the paths the gateway routes to that service
 * are kept; components with the same name and different content are renamed with the service's prefix (and every
 * {@code $ref} to them follows), operation ids that repeat across services get the same prefix, so that a client
 * generator sees one consistent API. Plain code, no HTTP.
 */
final class OpenApiMerger {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private OpenApiMerger() {
    }

    /** {@code own} is changed and returned; a service missing from {@code services} is listed in {@code missing}. */
    static ObjectNode merge(ObjectNode own, Map<Backend, JsonNode> services, List<String> missing) {
        ObjectNode paths = own.with("paths");
        ObjectNode components = own.with("components");
        Set<String> operationIds = new HashSet<>();
        paths.forEach(item -> operations(item).forEach(op -> operationIds.add(op.path("operationId").asText())));
        for (Map.Entry<Backend, JsonNode> entry : services.entrySet()) {
            Backend backend = entry.getKey();
            JsonNode document = entry.getValue().deepCopy();
            Map<String, String> renamed = mergeComponents(components, document.path("components"), backend);
            rewriteRefs(document, renamed);
            Iterator<Map.Entry<String, JsonNode>> fields = document.path("paths").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> path = fields.next();
                if (RouteTable.route(path.getKey()).equals(Optional.of(backend))) {
                    for (ObjectNode operation : operations(path.getValue())) {
                        uniqueOperationId(operation, backend, operationIds);
                    }
                    paths.set(path.getKey(), path.getValue());
                }
            }
            mergeTags(own, document.path("tags"));
        }
        if (!missing.isEmpty()) {
            ArrayNode list = own.with("info").putArray("x-fraudlink-missing");
            missing.forEach(list::add);
        }
        return own;
    }

    private static Map<String, String> mergeComponents(ObjectNode into, JsonNode from, Backend backend) {
        Map<String, String> renamed = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> kinds = from.fields();
        while (kinds.hasNext()) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            ObjectNode target = into.with(kind.getKey());
            Iterator<Map.Entry<String, JsonNode>> items = kind.getValue().fields();
            while (items.hasNext()) {
                Map.Entry<String, JsonNode> item = items.next();
                JsonNode existing = target.get(item.getKey());
                if (existing == null || existing.equals(item.getValue())) {
                    target.set(item.getKey(), item.getValue());
                } else {
                    String name = prefix(backend) + item.getKey();
                    renamed.put("#/components/" + kind.getKey() + "/" + item.getKey(),
                            "#/components/" + kind.getKey() + "/" + name);
                    target.set(name, item.getValue());
                }
            }
        }
        return renamed;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renamed));
        }
    }

    private static void uniqueOperationId(ObjectNode operation, Backend backend, Set<String> taken) {
        String id = operation.path("operationId").asText(null);
        if (id == null) {
            return;
        }
        if (!taken.add(id)) {
            String unique = prefix(backend) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            operation.put("operationId", unique);
            taken.add(unique);
        }
    }

    private static void mergeTags(ObjectNode own, JsonNode tags) {
        if (!tags.isArray()) {
            return;
        }
        ArrayNode target = own.withArray("tags");
        Set<String> names = new HashSet<>();
        target.forEach(tag -> names.add(tag.path("name").asText()));
        tags.forEach(tag -> {
            if (names.add(tag.path("name").asText())) {
                target.add(tag);
            }
        });
    }

    private static List<ObjectNode> operations(JsonNode pathItem) {
        List<ObjectNode> operations = new ArrayList<>();
        pathItem.fields().forEachRemaining(field -> {
            if (METHODS.contains(field.getKey()) && field.getValue() instanceof ObjectNode operation) {
                operations.add(operation);
            }
        });
        return operations;
    }

    private static String prefix(Backend backend) {
        String name = backend.configName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
