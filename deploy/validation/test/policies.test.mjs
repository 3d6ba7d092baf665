// Each check must refuse a manifest broken in exactly one way, and accept the real overlays. The broken manifests are
// the real renders (kubectl kustomize) with one change each, so a check is tested against what it will really see.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAllDocuments } from "yaml";
import { checkRender, readObjects } from "../validate.mjs";

const deploy = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pom = join(deploy, "..", "pom.xml");
const documentedSecrets = readObjects(join(deploy, "k8s", "secrets", "secrets.example.yaml"));

function render(overlay) {
    const yaml = execFileSync("kubectl", ["kustomize", join(deploy, "k8s", "overlays", overlay)], { encoding: "utf8" });
    return parseAllDocuments(yaml)
        .map((d) => d.toJS())
        .filter(Boolean);
}

const renders = { local: render("local"), production: render("production") };

/** A fresh copy of a render with one change made by `change(objects, find)`. */
function broken(overlay, change) {
    const objects = structuredClone(renders[overlay]);
    const find = (kind, name) => {
        const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
        assert.ok(found, `${kind} ${name} is in the ${overlay} render`);
        return found;
    };
    change(objects, find);
    return objects;
}

const container = (deployment) => deployment.spec.template.spec.containers[0];

async function assertRefused(objects, check, mentioning) {
    const findings = await checkRender(objects, { pom, documentedSecrets });
    assert.ok(findings[check], `${check} should refuse it; findings: ${JSON.stringify(findings)}`);
    assert.ok(
        findings[check].some((f) => f.includes(mentioning)),
        `${check} should mention "${mentioning}": ${findings[check].join("; ")}`,
    );
    const others = Object.keys(findings).filter((c) => c !== check);
    assert.deepEqual(others, [], `only ${check} should object`);
}

for (const overlay of Object.keys(renders)) {
    test(`the ${overlay} overlay passes every check`, async () => {
        assert.deepEqual(await checkRender(renders[overlay], { pom, documentedSecrets }), {});
    });
}

const cases = [
    [
        "a container without a readiness probe",
        "containers-have-probes",
        "has no readinessProbe",
        (o, find) => delete container(find("Deployment", "alert-service")).readinessProbe,
    ],
    [
        "a container without a startup probe",
        "containers-have-probes",
        "has no startupProbe",
        (o, find) => delete container(find("Deployment", "gateway")).startupProbe,
    ],
    [
        "a container without a memory limit",
        "containers-have-requests-and-limits",
        "no memory limit",
        (o, find) => delete container(find("Deployment", "registry-service")).resources.limits.memory,
    ],
    [
        "a container without CPU requests",
        "containers-have-requests-and-limits",
        "no cpu request",
        (o, find) => delete container(find("Deployment", "case-service")).resources.requests.cpu,
    ],
    [
        "a container running as root",
        "containers-run-non-root-and-hardened",
        "runs as user 0",
        (o, find) => (container(find("Deployment", "case-service")).securityContext.runAsUser = 0),
    ],
    [
        "a pod that may run as root",
        "containers-run-non-root-and-hardened",
        "runAsNonRoot",
        (o, find) => (find("Deployment", "gateway").spec.template.spec.securityContext.runAsNonRoot = false),
    ],
    [
        "a writable root filesystem",
        "containers-run-non-root-and-hardened",
        "read-only root filesystem",
        (o, find) => delete container(find("Deployment", "alert-service")).securityContext.readOnlyRootFilesystem,
    ],
    [
        "a mounted service-account token",
        "containers-run-non-root-and-hardened",
        "automountServiceAccountToken",
        (o, find) => (find("Deployment", "gateway").spec.template.spec.automountServiceAccountToken = true),
    ],
    [
        "the PostgreSQL StatefulSet with privilege escalation",
        "containers-run-non-root-and-hardened",
        "allowPrivilegeEscalation",
        (o, find) => (container(find("StatefulSet", "fraudlink-db")).securityContext.allowPrivilegeEscalation = true),
        "local",
    ],
    [
        "an image tagged latest",
        "images-pinned",
        "uses the tag latest",
        (o, find) => (container(find("StatefulSet", "fraudlink-db")).image = "docker.io/library/postgres:latest"),
        "local",
    ],
    [
        "an image without a tag",
        "images-pinned",
        "has no tag",
        (o, find) => (container(find("StatefulSet", "fraudlink-db")).image = "docker.io/library/postgres"),
        "local",
    ],
    [
        "a CloudNativePG image tagged latest",
        "images-pinned",
        "uses the tag latest",
        (o, find) => (find("Cluster", "fraudlink-db").spec.imageName = "ghcr.io/cloudnative-pg/postgresql:latest"),
    ],
    [
        "no default-deny NetworkPolicy",
        "workloads-covered-by-network-policies",
        "no default-deny",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name === "default-deny"),
                1,
            ),
    ],
    [
        "a default-deny policy that allows egress",
        "workloads-covered-by-network-policies",
        "no default-deny",
        (o, find) => (find("NetworkPolicy", "default-deny").spec.egress = [{}]),
    ],
    [
        "a Deployment no NetworkPolicy selects",
        "workloads-covered-by-network-policies",
        "Deployment alert-service",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "NetworkPolicy" && x.metadata.name === "alert-service"),
                1,
            ),
    ],
    [
        "a backend behind a LoadBalancer",
        "only-gateway-exposed",
        "Service case-service: is of type LoadBalancer",
        (o, find) => (find("Service", "case-service").spec.type = "LoadBalancer"),
    ],
    [
        "a backend on a NodePort",
        "only-gateway-exposed",
        "Service registry-service: is of type NodePort",
        (o, find) => (find("Service", "registry-service").spec.type = "NodePort"),
        "local",
    ],
    [
        "an Ingress path to a backend",
        "only-gateway-exposed",
        "routes to registry-service",
        (o, find) => (find("Ingress", "gateway").spec.rules[0].http.paths[1].backend.service.name = "registry-service"),
    ],
    [
        "an Ingress without TLS",
        "only-gateway-exposed",
        "has no TLS section",
        (o, find) => delete find("Ingress", "gateway").spec.tls,
    ],
    [
        "a Deployment without HorizontalPodAutoscaler",
        "deployments-have-autoscaler-and-disruption-budget",
        "no HorizontalPodAutoscaler",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "HorizontalPodAutoscaler" && x.metadata.name === "gateway"),
                1,
            ),
    ],
    [
        "a Deployment without PodDisruptionBudget",
        "deployments-have-autoscaler-and-disruption-budget",
        "no PodDisruptionBudget",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "PodDisruptionBudget" && x.metadata.name === "case-service"),
                1,
            ),
    ],
    [
        "replicas fixed under an autoscaler",
        "deployments-have-autoscaler-and-disruption-budget",
        "sets replicas",
        (o, find) => (find("Deployment", "case-service").spec.replicas = 3),
    ],
    [
        "a ConfigMap that is not rendered",
        "config-maps-exist",
        "reads ConfigMap missing",
        (o, find) => container(find("Deployment", "gateway")).envFrom.push({ configMapRef: { name: "missing" } }),
    ],
    [
        "a PostgreSQL cluster of one instance",
        "cloudnative-pg-cluster",
        "needs at least 3",
        (o, find) => (find("Cluster", "fraudlink-db").spec.instances = 1),
    ],
    [
        "no database for case-service",
        "cloudnative-pg-cluster",
        "no database fraudlink_cases",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "Database" && x.metadata.name === "fraudlink-cases"),
                1,
            ),
    ],
    [
        "a role whose password is not the service's",
        "cloudnative-pg-cluster",
        "logs in with Secret fraudlink-alerts-db",
        (o, find) => (find("Cluster", "fraudlink-db").spec.managed.roles[1].passwordSecret.name = "fraudlink-cases-db"),
    ],
    [
        "a JDBC URL to a replica",
        "cloudnative-pg-cluster",
        "is not fraudlink-db-rw",
        (o) => {
            const cm = o.find((x) => x.kind === "ConfigMap" && x.metadata.name.startsWith("case-service-"));
            cm.data.QUARKUS_DATASOURCE_JDBC_URL = "jdbc:postgresql://fraudlink-db-ro:5432/fraudlink_cases";
        },
    ],
    [
        "WAL archived to an ObjectStore that does not exist",
        "cloudnative-pg-cluster",
        "ObjectStore elsewhere",
        (o, find) => (find("Cluster", "fraudlink-db").spec.plugins[0].parameters.barmanObjectName = "elsewhere"),
    ],
    [
        "no scheduled backup",
        "cloudnative-pg-cluster",
        "no ScheduledBackup",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "ScheduledBackup"),
                1,
            ),
    ],
    [
        "local PostgreSQL missing behind the JDBC URL",
        "cloudnative-pg-cluster",
        "JDBC URL host fraudlink-db-rw",
        (o) =>
            o.splice(
                o.findIndex((x) => x.kind === "Service" && x.metadata.name === "fraudlink-db-rw"),
                1,
            ),
        "local",
    ],
    [
        "a misspelt CloudNativePG field",
        "schema",
        'unknown field "instance"',
        (o, find) => (find("Cluster", "fraudlink-db").spec.instance = 3),
    ],
    [
        "a misspelt probe in a Deployment",
        "schema",
        'unknown field "readinesProbe"',
        (o, find) =>
            (container(find("Deployment", "gateway")).readinesProbe = container(
                find("Deployment", "gateway"),
            ).readinessProbe),
    ],
    [
        "a misspelt field deep in a NetworkPolicy",
        "schema",
        'unknown field "podSelecter"',
        (o, find) => (find("NetworkPolicy", "gateway").spec.egress[0].to[0].podSelecter = {}),
    ],
    [
        "a wrong type in a Deployment",
        "schema",
        "must be integer",
        (o, find) => (find("Deployment", "gateway").spec.revisionHistoryLimit = "five"),
    ],
    [
        "an unknown kind",
        "schema",
        "no schema known for example.org/v1 Thing",
        (o) => o.push({ apiVersion: "example.org/v1", kind: "Thing", metadata: { name: "x" } }),
    ],
    [
        "the same object twice",
        "unique-objects",
        "appears twice",
        (o, find) => o.push(structuredClone(find("Service", "gateway"))),
    ],
    [
        "an undocumented Secret key",
        "secrets-documented",
        "reads key token of Secret fraudlink-service-client",
        (o, find) => (container(find("Deployment", "gateway")).env[0].valueFrom.secretKeyRef.key = "token"),
    ],
    [
        "an image tag that is not the pom's",
        "images-match-pom",
        "but the pom builds",
        (o, find) =>
            (container(find("Deployment", "alert-service")).image =
                "registry.example.org/fraudlink/alert-service:0.9.0"),
    ],
];

for (const [what, check, mentioning, change, overlay = "production"] of cases) {
    test(`${check} refuses ${what}`, async () => {
        await assertRefused(broken(overlay, change), check, mentioning);
    });
}
