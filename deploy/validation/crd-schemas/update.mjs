// Regenerates the CRD schemas in this directory from CustomResourceDefinition files:
//   node crd-schemas/update.mjs <crd.yaml>...
// The JSON files it writes are GENERATED: never edit them by hand. They were made from
//   cloudnative-pg v1.30.0        config/crd/bases/postgresql.cnpg.io_{clusters,databases,scheduledbackups}.yaml
//   plugin-barman-cloud v0.14.0   config/crd/bases/barmancloud.cnpg.io_objectstores.yaml
// Descriptions are dropped to keep the files small; everything that constrains a value is kept.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));

function strip(node) {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === "description") continue;
        out[key] = strip(value);
    }
    return out;
}

for (const file of process.argv.slice(2)) {
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
        const crd = doc.toJS();
        if (crd?.kind !== "CustomResourceDefinition") continue;
        for (const version of crd.spec.versions.filter((v) => v.served)) {
            const apiVersion = `${crd.spec.group}/${version.name}`;
            const target = join(here, `${crd.spec.group}_${version.name}_${crd.spec.names.kind}.json`);
            const generated = {
                generated: `by crd-schemas/update.mjs from ${basename(file)}; do not edit`,
                apiVersion,
                kind: crd.spec.names.kind,
                schema: strip(version.schema.openAPIV3Schema),
            };
            writeFileSync(target, JSON.stringify(generated) + "\n");
            console.log(`${apiVersion} ${crd.spec.names.kind} -> ${basename(target)}`);
        }
    }
}
