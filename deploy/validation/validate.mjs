// Validates rendered fraudlink manifests offline and fails (exit 1) on any finding:
//   node validate.mjs [--pom FILE] [--secrets FILE] [--generated-secrets FILE] [--expect-failures P1,P2] NAME=FILE...
// Each NAME=FILE is one render (`kubectl kustomize <overlay>`): every object is checked against its schema, then the
// policies of lib/policies.mjs run over the whole render. --pom checks the image names and tags against the root
// pom's fraudlink.image.* properties; --secrets checks every referenced Secret and key against the placeholder file;
// --generated-secrets checks generate-secrets.sh's output against that file. --expect-failures inverts the verdict
// for a negative test: it passes only if each named policy (or "schema") reported something.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { policies, secretsDocumented, workloads, podTemplateOf } from "./lib/policies.mjs";
import { schemaErrors } from "./lib/schemas.mjs";

const FRAUDLINK_IMAGES = ["gateway", "registry-service", "case-service", "alert-service"];

/** The objects of a multi-document YAML file (empty documents dropped). */
export function readObjects(file) {
    return parseAllDocuments(readFileSync(file, "utf8"))
        .map((doc) => {
            if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
            return doc.toJS();
        })
        .filter(Boolean);
}

function pomImageProperties(pomFile) {
    const pom = readFileSync(pomFile, "utf8");
    const property = (name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(pom)?.[1];
    const version = /<artifactId>fraudlink-parent<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom)?.[1];
    const tag = property("fraudlink.image.tag")?.replace("${project.version}", version);
    return { registry: property("fraudlink.image.registry"), group: property("fraudlink.image.group"), tag };
}

function imagesMatchPom(objects, pom) {
    const { registry, group, tag } = pomImageProperties(pom);
    if (!registry || !group || !tag) return [`${pom} lacks fraudlink.image.registry, .group or .tag`];
    const problems = [];
    for (const w of workloads(objects)) {
        for (const c of podTemplateOf(w).spec.containers) {
            const name = FRAUDLINK_IMAGES.find((n) => c.image?.includes(`/${n}:`) || c.image?.endsWith(`/${n}`));
            const expected = name && `${registry}/${group}/${name}:${tag}`;
            if (expected && c.image !== expected) {
                problems.push(`${w.kind} ${w.metadata.name}: image ${c.image}, but the pom builds ${expected}`);
            }
        }
    }
    return problems;
}

function duplicates(objects) {
    const seen = new Set();
    return objects.flatMap((o) => {
        const id = `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ""}/${o.metadata?.name}`;
        if (seen.has(id)) return [`${o.kind} ${o.metadata?.name} appears twice`];
        seen.add(id);
        return [];
    });
}

function generatedMatchesDocumented(generated, documented) {
    const keysOf = (s) => [...Object.keys({ ...s.data, ...s.stringData })].sort().join(",");
    const made = new Map(generated.filter((o) => o.kind === "Secret").map((s) => [s.metadata.name, s]));
    const problems = [];
    for (const doc of documented.filter((o) => o.kind === "Secret")) {
        if (doc.metadata.annotations?.["fraudlink.org/not-generated"]) continue;
        const secret = made.get(doc.metadata.name);
        if (!secret) problems.push(`generate-secrets.sh does not make Secret ${doc.metadata.name}`);
        else if (keysOf(secret) !== keysOf(doc) || (secret.type ?? "Opaque") !== (doc.type ?? "Opaque")) {
            problems.push(
                `Secret ${doc.metadata.name}: generated type/keys ${secret.type} ${keysOf(secret)} differ from ` +
                    `the documented ${doc.type} ${keysOf(doc)}`,
            );
        }
    }
    for (const name of made.keys()) {
        if (!documented.some((o) => o.kind === "Secret" && o.metadata.name === name)) {
            problems.push(`generate-secrets.sh makes Secret ${name}, which secrets.example.yaml does not document`);
        }
    }
    return problems;
}

/** Runs every check over one render; returns {check: [findings]} with only the checks that found something. */
export async function checkRender(objects, { pom, documentedSecrets } = {}) {
    const findings = {};
    const add = (check, problems) => {
        if (problems.length > 0) findings[check] = [...(findings[check] ?? []), ...problems];
    };
    for (const object of objects) {
        add(
            "schema",
            (await schemaErrors(object)).map((e) => `${object.kind} ${object.metadata?.name}${e}`),
        );
    }
    add("unique-objects", duplicates(objects));
    for (const [name, policy] of Object.entries(policies)) add(name, policy(objects));
    if (documentedSecrets) add("secrets-documented", secretsDocumented(objects, documentedSecrets));
    if (pom) add("images-match-pom", imagesMatchPom(objects, pom));
    return findings;
}

async function main(argv) {
    const options = { renders: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--pom") options.pom = argv[++i];
        else if (arg === "--secrets") options.secrets = argv[++i];
        else if (arg === "--generated-secrets") options.generated = argv[++i];
        else if (arg === "--expect-failures") options.expected = argv[++i].split(",");
        else if (arg.includes("=")) options.renders.push(arg.split(/=(.*)/s).slice(0, 2));
        else throw new Error(`unknown argument ${arg}`);
    }
    const documentedSecrets = options.secrets && readObjects(options.secrets);
    let failed = false;

    if (documentedSecrets) {
        const problems = [];
        for (const secret of documentedSecrets) {
            problems.push(...(await schemaErrors(secret)).map((e) => `${secret.kind} ${secret.metadata?.name}${e}`));
        }
        for (const p of problems) console.log(`  FAIL schema: ${options.secrets}: ${p}`);
        failed ||= problems.length > 0;
    }

    if (options.generated) {
        const problems = generatedMatchesDocumented(readObjects(options.generated), documentedSecrets);
        for (const p of problems) console.log(`  FAIL secrets-generated: ${p}`);
        const verdict = problems.length === 0 ? "makes exactly the documented Secrets" : "differs";
        console.log(`secrets: generate-secrets.sh ${verdict}`);
        failed ||= problems.length > 0;
    }

    for (const [name, file] of options.renders) {
        const objects = readObjects(file);
        const findings = await checkRender(objects, { pom: options.pom, documentedSecrets });
        const found = Object.keys(findings);
        if (options.expected) {
            const missing = options.expected.filter((check) => !found.includes(check));
            for (const check of found) console.log(`  caught ${check}: ${findings[check][0]}`);
            for (const check of missing) console.log(`  MISSED ${check}: the bad render passed it`);
            console.log(
                `${name}: ${missing.length === 0 ? "refused as expected" : "NOT refused"} (${objects.length} objects)`,
            );
            failed ||= missing.length > 0;
        } else {
            for (const check of found) for (const p of findings[check]) console.log(`  FAIL ${check}: ${p}`);
            const count = Object.keys(policies).length + 2 + (documentedSecrets ? 1 : 0) + (options.pom ? 1 : 0);
            const verdict = found.length === 0 ? `valid, ${count} checks passed` : `${found.length} checks failed`;
            console.log(`${name}: ${objects.length} objects, ${verdict}`);
            failed ||= found.length > 0;
        }
    }
    return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    main(process.argv.slice(2)).then(
        (code) => process.exit(code),
        (error) => {
            console.error(error.message);
            process.exit(2);
        },
    );
}
