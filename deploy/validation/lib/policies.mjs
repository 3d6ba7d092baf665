// The rules every rendered overlay must keep (deploy/README.md, "Validation"). Each policy takes the objects of one
// render and returns its violations as sentences that name the object; validate.mjs fails the build on any.

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob"]);
const PUBLIC_SERVICE_TYPES = new Set(["LoadBalancer", "NodePort"]);
const GATEWAY = "gateway";

const ref = (o) => `${o.kind} ${o.metadata?.name}`;

/** The pod template of a workload (a CronJob's is inside its job template). */
export function podTemplateOf(workload) {
    return workload.kind === "CronJob" ? workload.spec?.jobTemplate?.spec?.template : workload.spec?.template;
}

/** The objects that run pods. */
export function workloads(objects) {
    return objects.filter((o) => WORKLOAD_KINDS.has(o.kind));
}

function containersOf(workload) {
    const spec = podTemplateOf(workload)?.spec ?? {};
    return [
        ...(spec.initContainers ?? []).map((c) => ({ c, init: true })),
        ...(spec.containers ?? []).map((c) => ({ c })),
    ];
}

/** True when the label selector (matchLabels and matchExpressions) selects the labels. */
export function selects(selector, labels = {}) {
    if (!selector) return false;
    for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
        if (labels[key] !== value) return false;
    }
    for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
        const has = Object.hasOwn(labels, key);
        if (operator === "In" && !(has && values.includes(labels[key]))) return false;
        if (operator === "NotIn" && has && values.includes(labels[key])) return false;
        if (operator === "Exists" && !has) return false;
        if (operator === "DoesNotExist" && has) return false;
    }
    return true;
}

const isEmptySelector = (s) =>
    !s || (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0);

export const policies = {
    /** Every long-running container has a startup, a liveness and a readiness probe (init containers run once). */
    "containers-have-probes": (objects) =>
        workloads(objects).flatMap((w) =>
            containersOf(w)
                .filter(({ init }) => !init && !["Job", "CronJob"].includes(w.kind))
                .flatMap(({ c }) =>
                    ["startupProbe", "livenessProbe", "readinessProbe"]
                        .filter((probe) => !c[probe])
                        .map((probe) => `${ref(w)}: container ${c.name} has no ${probe}`),
                ),
        ),

    /** Every container requests and limits both CPU and memory. */
    "containers-have-requests-and-limits": (objects) =>
        workloads(objects).flatMap((w) =>
            containersOf(w).flatMap(({ c }) =>
                ["requests", "limits"].flatMap((kind) =>
                    ["cpu", "memory"]
                        .filter((resource) => c.resources?.[kind]?.[resource] === undefined)
                        .map(
                            (resource) => `${ref(w)}: container ${c.name} has no ${resource} ${kind.replace(/s$/, "")}`,
                        ),
                ),
            ),
        ),

    /**
     * Every container runs as a non-root user, cannot gain privileges, drops all capabilities and has a read-only root
     * filesystem; pods get no service-account token and never share the host's network, PID or IPC namespaces.
     */
    "containers-run-non-root-and-hardened": (objects) =>
        workloads(objects).flatMap((w) => {
            const pod = podTemplateOf(w)?.spec ?? {};
            const problems = [];
            if (pod.automountServiceAccountToken !== false)
                problems.push(`${ref(w)}: automountServiceAccountToken is not false`);
            for (const host of ["hostNetwork", "hostPID", "hostIPC"]) {
                if (pod[host]) problems.push(`${ref(w)}: uses ${host}`);
            }
            for (const { c } of containersOf(w)) {
                const sc = c.securityContext ?? {};
                const podSc = pod.securityContext ?? {};
                const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
                const user = sc.runAsUser ?? podSc.runAsUser;
                if (nonRoot !== true) problems.push(`${ref(w)}: container ${c.name} does not set runAsNonRoot: true`);
                if (user === 0) problems.push(`${ref(w)}: container ${c.name} runs as user 0 (root)`);
                if (sc.privileged) problems.push(`${ref(w)}: container ${c.name} is privileged`);
                if (sc.allowPrivilegeEscalation !== false) {
                    problems.push(`${ref(w)}: container ${c.name} does not set allowPrivilegeEscalation: false`);
                }
                if (sc.readOnlyRootFilesystem !== true) {
                    problems.push(`${ref(w)}: container ${c.name} has no read-only root filesystem`);
                }
                if (!(sc.capabilities?.drop ?? []).includes("ALL")) {
                    problems.push(`${ref(w)}: container ${c.name} does not drop ALL capabilities`);
                }
                for (const port of c.ports ?? []) {
                    if (port.hostPort) problems.push(`${ref(w)}: container ${c.name} binds host port ${port.hostPort}`);
                }
            }
            return problems;
        }),

    /** Every image names a tag or a digest, and never `latest` (also CloudNativePG's imageName). */
    "images-pinned": (objects) => {
        const images = [
            ...workloads(objects).flatMap((w) => containersOf(w).map(({ c }) => ({ owner: ref(w), image: c.image }))),
            ...objects
                .filter((o) => o.kind === "Cluster" && o.spec?.imageName)
                .map((o) => ({ owner: ref(o), image: o.spec.imageName })),
        ];
        return images.flatMap(({ owner, image }) => {
            if (typeof image !== "string" || image === "") return [`${owner}: a container has no image`];
            if (image.includes("@sha256:")) return [];
            const lastSegment = image.slice(image.lastIndexOf("/") + 1);
            const tag = lastSegment.includes(":") ? lastSegment.slice(lastSegment.indexOf(":") + 1) : undefined;
            if (!tag) return [`${owner}: image ${image} has no tag (it would mean latest)`];
            if (tag === "latest") return [`${owner}: image ${image} uses the tag latest`];
            return [];
        });
    },

    /**
     * The namespace denies all traffic by default (a policy selecting every pod, for ingress and egress, allowing
     * nothing), and every workload is selected by a policy of its own that opens its paths.
     */
    "workloads-covered-by-network-policies": (objects) => {
        const policiesFound = objects.filter((o) => o.kind === "NetworkPolicy");
        const problems = [];
        const defaultDeny = policiesFound.some(
            (p) =>
                isEmptySelector(p.spec?.podSelector) &&
                ["Ingress", "Egress"].every((t) => (p.spec?.policyTypes ?? []).includes(t)) &&
                (p.spec?.ingress ?? []).length === 0 &&
                (p.spec?.egress ?? []).length === 0,
        );
        if (!defaultDeny)
            problems.push("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
        for (const w of workloads(objects)) {
            const labels = podTemplateOf(w)?.metadata?.labels ?? {};
            const own = policiesFound.filter(
                (p) => !isEmptySelector(p.spec?.podSelector) && selects(p.spec.podSelector, labels),
            );
            if (own.length === 0) problems.push(`${ref(w)}: no NetworkPolicy selects its pods`);
        }
        return problems;
    },

    /** Only the gateway is reachable from outside: Ingress backends, LoadBalancer and NodePort Services. */
    "only-gateway-exposed": (objects) => {
        const problems = [];
        const services = new Map(objects.filter((o) => o.kind === "Service").map((s) => [s.metadata.name, s]));
        const isGatewayService = (name) => {
            const service = services.get(name);
            return (
                name === GATEWAY &&
                service !== undefined &&
                service.spec?.selector?.["app.kubernetes.io/name"] === GATEWAY
            );
        };
        for (const ingress of objects.filter((o) => o.kind === "Ingress")) {
            const backends = [
                ingress.spec?.defaultBackend,
                ...(ingress.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend)),
            ].filter(Boolean);
            for (const backend of backends) {
                const name = backend.service?.name;
                if (!name || !isGatewayService(name)) {
                    problems.push(`${ref(ingress)}: routes to ${name ?? "a non-Service backend"}, not to the gateway`);
                }
            }
            if ((ingress.spec?.tls ?? []).length === 0) problems.push(`${ref(ingress)}: has no TLS section`);
        }
        for (const service of services.values()) {
            const type = service.spec?.type ?? "ClusterIP";
            if (PUBLIC_SERVICE_TYPES.has(type) && !isGatewayService(service.metadata.name)) {
                problems.push(`${ref(service)}: is of type ${type} but is not the gateway`);
            }
            if ((service.spec?.externalIPs ?? []).length > 0) problems.push(`${ref(service)}: has externalIPs`);
        }
        return problems;
    },

    /** Every Deployment has a HorizontalPodAutoscaler scaling it and a PodDisruptionBudget over its pods. */
    "deployments-have-autoscaler-and-disruption-budget": (objects) =>
        objects
            .filter((o) => o.kind === "Deployment")
            .flatMap((d) => {
                const labels = podTemplateOf(d)?.metadata?.labels ?? {};
                const problems = [];
                const hpa = objects.find(
                    (o) =>
                        o.kind === "HorizontalPodAutoscaler" &&
                        o.spec?.scaleTargetRef?.kind === "Deployment" &&
                        o.spec.scaleTargetRef.name === d.metadata.name,
                );
                if (!hpa) problems.push(`${ref(d)}: no HorizontalPodAutoscaler`);
                if (hpa && d.spec?.replicas !== undefined) {
                    problems.push(
                        `${ref(d)}: sets replicas although ${ref(hpa)} owns the count (an apply would reset it)`,
                    );
                }
                if (!objects.some((o) => o.kind === "PodDisruptionBudget" && selects(o.spec?.selector, labels))) {
                    problems.push(`${ref(d)}: no PodDisruptionBudget`);
                }
                return problems;
            }),

    /** Every ConfigMap a workload reads is part of the render (Secrets are created apart: see secrets-documented). */
    "config-maps-exist": (objects) => {
        const names = new Set(objects.filter((o) => o.kind === "ConfigMap").map((o) => o.metadata.name));
        return workloads(objects).flatMap((w) => {
            const pod = podTemplateOf(w)?.spec ?? {};
            const wanted = [
                ...containersOf(w).flatMap(({ c }) => [
                    ...(c.envFrom ?? []).map((e) => e.configMapRef?.name),
                    ...(c.env ?? []).map((e) => e.valueFrom?.configMapKeyRef?.name),
                ]),
                ...(pod.volumes ?? []).map((v) => v.configMap?.name),
            ].filter(Boolean);
            return wanted
                .filter((name) => !names.has(name))
                .map((name) => `${ref(w)}: reads ConfigMap ${name}, which is not rendered`);
        });
    },

    /** Every CloudNativePG Cluster is highly available and serves each fraudlink service its own database. */
    "cloudnative-pg-cluster": (objects) => clusterProblems(objects),
};

/** The Secret (and key) each container reads, with the workload that reads it. */
export function secretReferences(objects) {
    const found = [];
    for (const w of workloads(objects)) {
        const pod = podTemplateOf(w)?.spec ?? {};
        for (const { c } of containersOf(w)) {
            for (const e of c.env ?? []) {
                const r = e.valueFrom?.secretKeyRef;
                if (r) found.push({ owner: ref(w), name: r.name, key: r.key, env: e.name });
            }
            for (const e of c.envFrom ?? []) {
                if (e.secretRef) found.push({ owner: ref(w), name: e.secretRef.name });
            }
        }
        for (const v of pod.volumes ?? []) {
            if (v.secret) {
                const keys = (v.secret.items ?? []).map((i) => i.key);
                if (keys.length === 0) found.push({ owner: ref(w), name: v.secret.secretName });
                for (const key of keys) found.push({ owner: ref(w), name: v.secret.secretName, key });
            }
        }
    }
    for (const cluster of objects.filter((o) => o.kind === "Cluster")) {
        const initdb = cluster.spec?.bootstrap?.initdb;
        if (initdb?.secret?.name) found.push({ owner: ref(cluster), name: initdb.secret.name, key: "password" });
        for (const role of cluster.spec?.managed?.roles ?? []) {
            if (role.passwordSecret?.name)
                found.push({ owner: ref(cluster), name: role.passwordSecret.name, key: "password" });
        }
    }
    for (const store of objects.filter((o) => o.kind === "ObjectStore")) {
        for (const cred of Object.values(store.spec?.configuration?.s3Credentials ?? {})) {
            if (cred?.name) found.push({ owner: ref(store), name: cred.name, key: cred.key });
        }
    }
    for (const ingress of objects.filter((o) => o.kind === "Ingress")) {
        for (const tls of ingress.spec?.tls ?? []) {
            if (tls.secretName) found.push({ owner: ref(ingress), name: tls.secretName, key: "tls.crt" });
        }
    }
    return found;
}

/** Secrets made by an operator rather than by people: CloudNativePG's `<cluster>-ca`. */
function operatorMadeSecrets(objects) {
    return new Set(objects.filter((o) => o.kind === "Cluster").map((o) => `${o.metadata.name}-ca`));
}

/**
 * Every Secret and key the render refers to is documented in the placeholder file (and so in generate-secrets.sh's
 * output, which validate.sh compares with it), unless an operator makes it.
 */
export function secretsDocumented(objects, documented) {
    const operatorMade = operatorMadeSecrets(objects);
    const byName = new Map(documented.filter((o) => o.kind === "Secret").map((s) => [s.metadata.name, s]));
    return secretReferences(objects).flatMap(({ owner, name, key }) => {
        if (operatorMade.has(name)) return [];
        const secret = byName.get(name);
        if (!secret) return [`${owner}: reads Secret ${name}, which secrets.example.yaml does not document`];
        const keys = new Set(Object.keys({ ...secret.data, ...secret.stringData }));
        if (key && !keys.has(key))
            return [`${owner}: reads key ${key} of Secret ${name}, which secrets.example.yaml does not document`];
        return [];
    });
}

const SERVICE_DATABASES = {
    "registry-service": "fraudlink_registry",
    "case-service": "fraudlink_cases",
    "alert-service": "fraudlink_alerts",
};

/** The JDBC URL a service is given in its ConfigMaps, and the Secret its database user comes from. */
function databaseWiring(objects, service) {
    const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === service);
    if (!deployment) return undefined;
    const container = podTemplateOf(deployment).spec.containers[0];
    const configMaps = (container.envFrom ?? [])
        .map((e) => e.configMapRef?.name)
        .map((name) => objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === name))
        .filter(Boolean);
    const url = configMaps
        .map((cm) => cm.data?.QUARKUS_DATASOURCE_JDBC_URL)
        .filter(Boolean)
        .pop();
    const userSecret = (container.env ?? []).find((e) => e.name === "QUARKUS_DATASOURCE_USERNAME")?.valueFrom
        ?.secretKeyRef?.name;
    const match = /^jdbc:postgresql:\/\/([^:/]+)(?::\d+)?\/([^?]+)/.exec(url ?? "");
    return { url, host: match?.[1], database: match?.[2], userSecret };
}

function clusterProblems(objects) {
    const clusters = objects.filter((o) => o.kind === "Cluster");
    const problems = [];
    for (const cluster of clusters) {
        const name = cluster.metadata.name;
        const spec = cluster.spec ?? {};
        if (!(spec.instances >= 3))
            problems.push(`${ref(cluster)}: has ${spec.instances ?? 1} instance(s), needs at least 3`);
        if (!spec.storage?.size) problems.push(`${ref(cluster)}: has no storage size`);
        if (spec.affinity?.enablePodAntiAffinity === false)
            problems.push(`${ref(cluster)}: disables pod anti-affinity`);

        // database name -> owner role, from initdb and the Database resources of this cluster
        const databases = new Map();
        if (spec.bootstrap?.initdb?.database)
            databases.set(spec.bootstrap.initdb.database, spec.bootstrap.initdb.owner);
        for (const db of objects.filter((o) => o.kind === "Database" && o.spec?.cluster?.name === name)) {
            if (db.spec.ensure !== "absent") databases.set(db.spec.name, db.spec.owner);
        }
        for (const db of objects.filter((o) => o.kind === "Database" && o.spec?.cluster?.name !== name)) {
            problems.push(`${ref(db)}: belongs to cluster ${db.spec?.cluster?.name}, which is not rendered`);
        }
        // role -> the Secret that holds its password
        const roleSecrets = new Map();
        if (spec.bootstrap?.initdb?.owner)
            roleSecrets.set(spec.bootstrap.initdb.owner, spec.bootstrap.initdb.secret?.name);
        for (const role of spec.managed?.roles ?? []) {
            if (role.ensure !== "absent") roleSecrets.set(role.name, role.passwordSecret?.name);
        }

        for (const [service, database] of Object.entries(SERVICE_DATABASES)) {
            const wiring = databaseWiring(objects, service);
            if (!wiring) continue;
            if (!databases.has(database)) {
                problems.push(`${ref(cluster)}: no database ${database} for ${service}`);
                continue;
            }
            const owner = databases.get(database);
            if (!roleSecrets.has(owner))
                problems.push(`${ref(cluster)}: owner ${owner} of ${database} is not a managed role`);
            else if (roleSecrets.get(owner) !== wiring.userSecret) {
                problems.push(
                    `${ref(cluster)}: role ${owner} takes its password from ${roleSecrets.get(owner)}, ` +
                        `but ${service} logs in with Secret ${wiring.userSecret}`,
                );
            }
            if (wiring.host !== `${name}-rw`)
                problems.push(`Deployment ${service}: JDBC URL ${wiring.url} is not ${name}-rw (the primary)`);
            if (wiring.database !== database)
                problems.push(`Deployment ${service}: JDBC URL names ${wiring.database}, not ${database}`);
        }

        const archivers = (spec.plugins ?? []).filter((p) => p.isWALArchiver);
        if (archivers.length === 0 && !spec.backup?.barmanObjectStore)
            problems.push(`${ref(cluster)}: archives no WAL (no backups)`);
        for (const plugin of archivers) {
            const store = plugin.parameters?.barmanObjectName;
            if (!objects.some((o) => o.kind === "ObjectStore" && o.metadata.name === store)) {
                problems.push(`${ref(cluster)}: WAL archive ObjectStore ${store} is not rendered`);
            }
        }
        if (!objects.some((o) => o.kind === "ScheduledBackup" && o.spec?.cluster?.name === name)) {
            problems.push(`${ref(cluster)}: no ScheduledBackup`);
        }
    }
    if (clusters.length === 0) {
        // Without an operator the render must bring its own PostgreSQL, behind the Service the JDBC URLs name.
        for (const service of Object.keys(SERVICE_DATABASES)) {
            const wiring = databaseWiring(objects, service);
            if (wiring && !objects.some((o) => o.kind === "Service" && o.metadata.name === wiring.host)) {
                problems.push(
                    `Deployment ${service}: JDBC URL host ${wiring.host} is no rendered Service ` +
                        `and no CloudNativePG cluster`,
                );
            }
        }
    }
    return problems;
}
