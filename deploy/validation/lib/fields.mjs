// Unknown-field check for the kinds kubernetes-models knows, as `kubectl apply --validate=strict` would do it: the
// compiled schemas check types but accept any extra field, so a misspelt `readinesProbe` would pass them and be
// dropped by the API server. The field lists come from the models' generated type declarations (.d.ts), which
// mirror Kubernetes' OpenAPI document one interface per definition.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const nodeModules = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules");
const interfaces = new Map(); // "<file>#<name>" -> {fields: Map<field, type>} or null (open: not checked)

function declarationFile(specifier, fromFile) {
    const base = specifier.replace(/\.js$/, "");
    if (specifier.startsWith(".")) return resolve(dirname(fromFile), `${base}.d.ts`);
    const [scopeOrName, maybeName, ...rest] = base.split("/");
    const packageName = scopeOrName.startsWith("@") ? `${scopeOrName}/${maybeName}` : scopeOrName;
    const subpath = scopeOrName.startsWith("@") ? rest : [maybeName, ...rest].filter(Boolean);
    const candidate = join(nodeModules, packageName, ...subpath);
    return existsSync(`${candidate}.d.ts`) ? `${candidate}.d.ts` : join(candidate, "index.d.ts");
}

/** The interface `name` declared or re-exported in `file`: its fields and where their types come from. */
function loadInterface(file, name) {
    const key = `${file}#${name}`;
    if (interfaces.has(key)) return interfaces.get(key);
    interfaces.set(key, null);
    if (!existsSync(file)) return null;
    const text = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\n/gm, "");
    const imports = new Map();
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
        for (const imported of m[1]
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)) {
            const [original, alias = original] = imported.split(/\s+as\s+/);
            imports.set(alias, { file: declarationFile(m[2], file), name: original });
        }
    }
    // `export type { IProbe as IIoK8sApiCoreV1Probe, ... }`: the long name is an alias of the local interface
    let local = name;
    for (const m of text.matchAll(/export type \{([^}]*)\}/g)) {
        for (const part of m[1].split(",")) {
            const [original, alias] = part.trim().split(/\s+as\s+/);
            if (alias === name) local = original;
        }
    }
    const declaration = new RegExp(
        `export interface ${local}(?:\\s+extends\\s+([\\w, ]+))?\\s*\\{\\n([\\s\\S]*?)\\n\\}`,
    ).exec(text);
    if (!declaration) {
        const reexport = imports.get(local);
        const result = reexport ? loadInterface(reexport.file, reexport.name) : null;
        interfaces.set(key, result);
        return result;
    }
    const fields = new Map();
    if (declaration[1]?.includes("TypeMeta")) {
        fields.set("apiVersion", { kind: "leaf" });
        fields.set("kind", { kind: "leaf" });
    }
    // one field per `    "name"?: Type;`, a type may span lines (maps)
    const declared = [];
    for (const line of declaration[2].split("\n")) {
        const field = /^ {4}"([^"]+)"\??:(.*)$/.exec(line);
        if (field) declared.push([field[1], field[2]]);
        else if (declared.length > 0) declared[declared.length - 1][1] += `\n${line}`;
    }
    for (const [field, type] of declared) fields.set(field, parseType(type.trim().replace(/;$/, ""), imports));
    const result = fields.size > 0 ? { fields } : null;
    interfaces.set(key, result);
    return result;
}

function parseType(type, imports) {
    let m;
    if ((m = /^Array<(.+)>$/s.exec(type))) return { kind: "array", of: parseType(m[1].trim(), imports) };
    if ((m = /^\{\s*\[key: string\]:\s*(.+?);?\s*\}$/s.exec(type)))
        return { kind: "map", of: parseType(m[1].trim(), imports) };
    if (imports.has(type)) return { kind: "object", ...imports.get(type) };
    return { kind: "leaf" };
}

function walk(value, type, path, problems) {
    if (value === null || value === undefined || type.kind === "leaf") return;
    if (type.kind === "array") {
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, type.of, `${path}/${i}`, problems));
        return;
    }
    if (type.kind === "map") {
        if (typeof value === "object")
            for (const [k, v] of Object.entries(value)) walk(v, type.of, `${path}/${k}`, problems);
        return;
    }
    const definition = loadInterface(type.file, type.name);
    if (!definition || typeof value !== "object" || Array.isArray(value)) return;
    for (const [field, fieldValue] of Object.entries(value)) {
        const fieldType = definition.fields.get(field);
        if (!fieldType) problems.push(`${path || "/"}: unknown field "${field}"`);
        else walk(fieldValue, fieldType, `${path}/${field}`, problems);
    }
}

/** Fields of `object` that its kind does not declare, as "/path: unknown field" sentences. */
export function unknownFields(object, moduleSpecifier, kind) {
    const file = declarationFile(`${moduleSpecifier}/${kind}`, nodeModules);
    const problems = [];
    walk(object, { kind: "object", file, name: `I${kind}` }, "", problems);
    return problems;
}
