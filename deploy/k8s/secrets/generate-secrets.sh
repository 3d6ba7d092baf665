#!/usr/bin/env bash
# Prints fresh Secrets for fraudlink as YAML: random database passwords, HMAC keys and client secrets, and a new
# token-signing key. Nothing is written to disk. Pipe it to `kubectl create` (not apply), so that Secrets that already
# exist are never replaced: a new HMAC or signing key would orphan stored hashes and live tokens.
#
#   deploy/k8s/secrets/generate-secrets.sh --local | kubectl create -f -      # also the local PostgreSQL superuser
#   deploy/k8s/secrets/generate-secrets.sh | kubectl create -f -              # production (CloudNativePG)
#
# Production also needs fraudlink-backup-s3 and fraudlink-gateway-tls, which are yours (secrets.example.yaml).
# Needs openssl and kubectl (no cluster access: kubectl only formats).
set -euo pipefail

namespace=fraudlink
local_db=false
while [ $# -gt 0 ]; do
    case "$1" in
        --local) local_db=true ;;
        --namespace) namespace=$2; shift ;;
        *) echo "usage: $0 [--local] [--namespace NAME]" >&2; exit 2 ;;
    esac
    shift
done

hex() { openssl rand -hex 32; }
base64_key() { openssl rand -base64 32; }

secret() { # name type args...
    local name=$1 type=$2
    shift 2
    echo '---'
    kubectl create secret generic "$name" --namespace "$namespace" --type "$type" "$@" --dry-run=client -o yaml \
        | grep -v '^  creationTimestamp: null$'
}

for service in registry cases alerts; do
    secret "fraudlink-$service-db" kubernetes.io/basic-auth \
        --from-literal=username="fraudlink_$service" --from-literal=password="$(hex)"
done

key_dir=$(mktemp -d)
trap 'rm -rf "$key_dir"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key_dir/current.pem" 2>/dev/null
secret fraudlink-token-signing-key Opaque --from-file=current.pem="$key_dir/current.pem"

secret fraudlink-registry-keys Opaque \
    --from-literal=sanctions-hmac-key="$(base64_key)" --from-literal=clients-secret-key="$(base64_key)"
secret fraudlink-cases-keys Opaque --from-literal=hmac-key="$(base64_key)"
secret fraudlink-bootstrap-client Opaque --from-literal=client-id=jmo-admin --from-literal=client-secret="$(hex)"
secret fraudlink-service-client Opaque \
    --from-literal=client-id=fraudlink-services --from-literal=client-secret="$(hex)"

if [ "$local_db" = true ]; then
    secret fraudlink-db-superuser kubernetes.io/basic-auth \
        --from-literal=username=postgres --from-literal=password="$(hex)"
fi
