#!/usr/bin/env bash
# Makes a Java 17 base image without a registry or a container runtime, from this machine's JDK:
#   deploy/image/make-base-image.sh OUT.tar
# A jlink-ed runtime (/opt/java) plus the shared libraries it links against, a passwd entry for user 185 (jboss) and
# an empty /tmp, as one layer in a `docker save` tarball (manifest.json, config, layer), which Jib reads as
# `tar://OUT.tar`. It serves to build images where no registry can be reached (CI here); releases use the pom's
# fraudlink.image.base (Red Hat's UBI OpenJDK runtime), pulled by Jib from its registry.
set -euo pipefail

out=$(realpath -m "$1")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jlink="$java_home/bin/jlink"
[ -x "$jlink" ] || jlink=$(command -v jlink)

# What a Quarkus service needs of the JDK (JDBC, JNDI, JMX, management, TLS and elliptic curves, JFR, zip file system,
# DNS, java.desktop for java.beans), and no more.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,\
jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs/opt" "$rootfs/etc" "$rootfs/home/jboss" "$rootfs/tmp"

"$jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
    --output "$rootfs/opt/java"

# The JDK's trust store: Debian's JDK links it to the ca-certificates-java store, which jlink does not copy.
cacerts=$(readlink -f "$java_home/lib/security/cacerts")
if [ -s "$cacerts" ]; then
    cp "$cacerts" "$rootfs/opt/java/lib/security/cacerts"
fi

# A server is headless: no X11 windows, splash screen or sound, and so none of their libraries.
rm -f "$rootfs"/opt/java/lib/{libawt_xawt,libsplashscreen,libjsound}.so

# Every shared library the runtime's binaries load from the system, copied (symlinks resolved) to the same path,
# and the loader.
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }' \
    | grep -v "^$rootfs/" \
    | sort -u \
    | while read -r library; do
        mkdir -p "$rootfs$(dirname "$library")"
        cp -L "$library" "$rootfs$library"
    done

cat > "$rootfs/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
jboss:x:185:185:fraudlink service:/home/jboss:/sbin/nologin
PASSWD
cat > "$rootfs/etc/group" <<'GROUP'
root:x:0:
jboss:x:185:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
chmod 1777 "$rootfs/tmp"

# One reproducible layer: fixed order, times and owners.
image="$work/image"
mkdir -p "$image"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$image/layer.tar" .
diff_id=$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
mkdir -p "$image/$diff_id"
mv "$image/layer.tar" "$image/$diff_id/layer.tar"

java_version=$("$rootfs/opt/java/bin/java" -version 2>&1 | head -n 1 | tr -d '"')
cat > "$image/config.json" <<CONFIG
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"185","WorkingDir":"/home/jboss",
           "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/image/make-base-image.sh: $java_version"}]}
CONFIG
config_id=$(sha256sum "$image/config.json" | cut -d' ' -f1)
mv "$image/config.json" "$image/$config_id.json"
cat > "$image/manifest.json" <<MANIFEST
[{"Config":"$config_id.json","RepoTags":["fraudlink/jre-base:17"],"Layers":["$diff_id/layer.tar"]}]
MANIFEST

mkdir -p "$(dirname "$out")"
# Entries named without "./": Jib refuses a base image tarball whose entries could point outside it.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$image" -cf "$out" \
    manifest.json "$config_id.json" "$diff_id/layer.tar"
echo "base image $out ($(du -h "$out" | cut -f1), $java_version)"
