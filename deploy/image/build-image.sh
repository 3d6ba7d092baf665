#!/usr/bin/env bash
# Builds one service's container image without a Docker daemon and proves it:
#   deploy/image/build-image.sh gateway            (the deploy module runs this in `./mvnw verify`)
# 1. makes a base image offline from this machine's JDK (make-base-image.sh; no registry is reachable here),
# 2. runs the service's Quarkus build with profile "image" (quarkus-container-image-jib, names and tag from the root
#    pom), Jib streaming the finished image to docker-load-to-file instead of a Docker daemon,
# 3. checks the tarball (deploy/target/image/<service>.tar: manifest, tag, entrypoint, user 185, the application),
# 4. starts the service from the image's own files (its JRE, its libraries, its entrypoint) and waits for
#    /q/health/ready. Only the gateway can start alone (the others need PostgreSQL and registry-service).
# Skips, saying why, where the image cannot be built at all: no jlink, or not Linux.
set -euo pipefail

service=${1:?usage: build-image.sh SERVICE}
deploy=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$deploy/.." && pwd)
out="$deploy/target/image"
tarball="$out/$service.tar"
base="$out/jre-base.tar"
log="$out/$service-build.log"

skip() {
    echo "[image] SKIPPED: $*"
    exit 0
}

[ "$(uname -s)" = Linux ] || skip "the offline base image is made from a Linux JDK; this is $(uname -s)"
command -v jlink >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/jlink" ] \
    || skip "no jlink (a JDK, not a JRE, is needed to make the base image offline)"
mkdir -p "$out"

echo "[image] base image"
if [ "$base" -nt "$deploy/image/make-base-image.sh" ]; then
    echo "  reusing ${base#"$root"/}"
else
    "$deploy/image/make-base-image.sh" "$base" | sed 's/^/  /'
fi

echo "[image] Jib build of $service (profile image, log: ${log#"$root"/})"
rm -f "$tarball"
if ! FRAUDLINK_IMAGE_TAR="$tarball" "$root/mvnw" -B -ntp -f "$root/pom.xml" -Pimage -pl "$service" -am package \
        -DskipTests -Dplatform.tests.skip=true \
        -Dquarkus.jib.base-jvm-image="tar://$base" \
        -Dquarkus.jib.docker-executable-name="$deploy/image/docker-load-to-file" > "$log" 2>&1; then
    if grep -q "Could not resolve dependencies\|Could not transfer artifact" "$log"; then
        skip "Maven could not download the Jib extension (no Maven repository reachable); see $log"
    fi
    tail -n 40 "$log"
    echo "[image] the image build failed" >&2
    exit 1
fi
grep "Created container image" "$log" | sed 's/.*\] /  /'

echo "[image] checking $service.tar"
node - "$tarball" "$service" <<'NODE'
const { execFileSync } = require("node:child_process");
const [tarball, service] = process.argv.slice(2);
const read = (entry) => execFileSync("tar", ["-xOf", tarball, entry], { maxBuffer: 1 << 26 });
const [manifest] = JSON.parse(read("manifest.json"));
const config = JSON.parse(read(manifest.Config));
const fail = (why) => { console.error(`  ${tarball}: ${why}`); process.exit(1); };
const tag = manifest.RepoTags?.[0] ?? "";
if (!tag.includes(`/${service}:`) || tag.endsWith(":latest")) fail(`unexpected tag ${tag}`);
if (config.config.User !== "185") fail(`runs as user ${config.config.User}, not 185`);
const entrypoint = config.config.Entrypoint ?? [];
if (!entrypoint.includes("quarkus-run.jar")) fail(`entrypoint ${entrypoint} does not start quarkus-run.jar`);
const list = (layer) =>
  execFileSync("sh", ["-c", `tar -xOf "$0" "$1" | tar --warning=no-unknown-keyword -tzf -`, tarball, layer],
    { maxBuffer: 1 << 26 }).toString().split("\n");
const files = manifest.Layers.flatMap(list);
for (const wanted of ["home/jboss/quarkus-run.jar", "opt/java/bin/java"]) {
  if (!files.some((f) => f.replace(/^\.?\//, "") === wanted)) fail(`no ${wanted} in its layers`);
}
const summary = `${manifest.Layers.length} layers, user ${config.config.User}, entrypoint ${entrypoint.join(" ")}`;
console.log(`  ${tag}: ${summary}`);
NODE

[ "$service" = gateway ] || { echo "[image] $service needs its database to start: not started here"; exit 0; }

echo "[image] starting $service from the image's own files"
rootfs=$(mktemp -d)
pid=
cleanup() {
    local status=$?
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$rootfs"
    exit "$status"
}
trap cleanup EXIT
layers=$(node -e 'console.log(JSON.parse(process.argv[1])[0].Layers.join(" "))' "$(tar -xOf "$tarball" manifest.json)")
for layer in $layers; do
    tar -xOf "$tarball" "$layer" | tar --warning=no-unknown-keyword -xzf - -C "$rootfs"
done
loader="$rootfs/lib64/ld-linux-x86-64.so.2"
libraries="$rootfs/lib/x86_64-linux-gnu"
# Every library the runtime loads must come from the image, none from this machine.
outside=$(find "$rootfs/opt/java" -name '*.so' -o -path '*/bin/java' | while read -r binary; do
    "$loader" --library-path "$libraries" --list "$binary" 2>/dev/null | awk '$2 == "=>" { print $3 }'
done | grep -v "^$rootfs/" | sort -u || true)
[ -z "$outside" ] || { echo "  the image's runtime loads libraries it does not contain: $outside" >&2; exit 1; }
echo "  every library the JRE loads is in the image"

port=$(node -e 'const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
mapfile -t entrypoint < <(node -e 'for (const a of JSON.parse(process.argv[1]).config.Entrypoint) console.log(a)' \
    "$(tar -xOf "$tarball" config.json)")
[ "${entrypoint[0]}" = java ] && entrypoint[0]="$rootfs/opt/java/bin/java"
(cd "$rootfs/home/jboss" && exec env -i PATH=/usr/bin:/bin QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    "$loader" --library-path "$libraries" "${entrypoint[@]}" > "$out/$service-run.log" 2>&1) &
pid=$!
waited=0
until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    if [ $waited -ge 180 ] || ! kill -0 "$pid" 2>/dev/null; then
        tail -n 30 "$out/$service-run.log"
        echo "[image] $service did not become ready from its image" >&2
        exit 1
    fi
    sleep 1
    waited=$((waited + 1))
done
echo "  $service is ready after ${waited} s: $(curl -fsS "http://127.0.0.1:$port/q/health/ready" | tr -d ' \n')"
echo "[image] $service.tar: $(du -h "$tarball" | cut -f1) in ${out#"$root"/}/ (load it with docker/podman load,"
echo "        ctr images import or kind load image-archive)"
