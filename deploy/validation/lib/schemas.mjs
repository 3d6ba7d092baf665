// Schema validation of rendered objects, offline: Kubernetes' own kinds against the OpenAPI schemas that
// kubernetes-models compiles, the Prometheus Operator's against @kubernetes-models/prometheus-operator, and the
// CloudNativePG kinds against their CRDs' openAPIV3Schema (crd-schemas/, generated) with Ajv. Unknown fields are
// errors for all of them (fields.mjs for the first two). An apiVersion/kind that none of them knows is an error:
// nothing reaches a cluster unchecked.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { unknownFields } from "./fields.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const crdDir = join(here, "..", "crd-schemas");

const modelPackages = [
    {
        matches: (group) => group === "monitoring.coreos.com",
        module: (av) => `@kubernetes-models/prometheus-operator/${av}`,
    },
    {
        matches: (group) => !group.includes(".") || group.endsWith(".k8s.io"),
        module: (av) => `kubernetes-models/${av}`,
    },
];

/**
 * A CRD schema made strict the way `kubectl apply --validate=strict` treats custom resources: a field that the schema
 * does not declare is an error (unless the schema preserves unknown fields), and Kubernetes' OpenAPI extensions are
 * turned into plain JSON Schema.
 */
function toStrictJsonSchema(node) {
    if (Array.isArray(node)) return node.map(toStrictJsonSchema);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith("x-kubernetes-") || key === "nullable" || key === "format") continue;
        out[key] = toStrictJsonSchema(value);
    }
    if (node["x-kubernetes-int-or-string"]) {
        delete out.type;
        out.anyOf = [{ type: "integer" }, { type: "string" }];
    }
    if (node.nullable && typeof out.type === "string") out.type = [out.type, "null"];
    if (out.properties && out.additionalProperties === undefined && !node["x-kubernetes-preserve-unknown-fields"]) {
        out.additionalProperties = false;
    }
    return out;
}

function loadCrdValidators() {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validators = new Map();
    for (const file of readdirSync(crdDir).filter((name) => name.endsWith(".json"))) {
        const { apiVersion, kind, schema } = JSON.parse(readFileSync(join(crdDir, file), "utf8"));
        const strict = toStrictJsonSchema(schema);
        // metadata is checked by the API server's ObjectMeta rules, not by the CRD
        strict.properties.metadata = { type: "object" };
        validators.set(`${apiVersion}/${kind}`, ajv.compile(strict));
    }
    return validators;
}

const crdValidators = loadCrdValidators();

function describeAjvErrors(errors) {
    return errors.map((e) => {
        const where = e.instancePath || "/";
        if (e.keyword === "additionalProperties") return `${where}: unknown field "${e.params.additionalProperty}"`;
        return `${where}: ${e.message}`;
    });
}

/** Returns the schema errors of one object (empty when it is valid). */
export async function schemaErrors(object) {
    const { apiVersion, kind } = object ?? {};
    if (typeof apiVersion !== "string" || typeof kind !== "string") return ["apiVersion and kind are required"];
    const crd = crdValidators.get(`${apiVersion}/${kind}`);
    if (crd) return crd(object) ? [] : describeAjvErrors(crd.errors);

    const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
    const source = modelPackages.find((p) => p.matches(group));
    let Model;
    if (source) {
        try {
            Model = (await import(source.module(apiVersion)))[kind];
        } catch {
            Model = undefined;
        }
    }
    if (!Model) return [`no schema known for ${apiVersion} ${kind}`];
    const unknown = unknownFields(object, source.module(apiVersion), kind);
    try {
        new Model(object).validate();
        return unknown;
    } catch (error) {
        return [
            ...String(error.message)
                .split(/,\s(?=data)/)
                .map((line) => line.replace(/^data/, "")),
            ...unknown,
        ];
    }
}
