// The Keycloak realm export and the component that points the services at it must agree with what the services
// read from a token (ARCHITECTURE.md, "Identity, roles and scope"): aud, groups, org, org_type, region.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import assert from "node:assert/strict";

const deploy = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const realm = JSON.parse(readFileSync(join(deploy, "keycloak", "fraudlink-realm.json"), "utf8"));
const env = Object.fromEntries(
    readFileSync(join(deploy, "k8s", "components", "keycloak", "keycloak.env"), "utf8")
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
);
const scope = realm.clientScopes.find((s) => s.name === "fraudlink");
const mapperFor = (claim) => scope.protocolMappers.find((m) => m.config["claim.name"] === claim);

test("the realm defines every role of the contract as a realm role", () => {
    const roles = realm.roles.realm.map((r) => r.name).sort();
    assert.deepEqual(roles, ["auditor", "partner", "police", "registry-admin", "service", "task-force"]);
});

test("the fraudlink client scope puts aud, groups, org, org_type and region into the access token", () => {
    const audience = scope.protocolMappers.find((m) => m.protocolMapper === "oidc-audience-mapper");
    assert.equal(audience.config["included.custom.audience"], "fraudlink");
    assert.equal(mapperFor("groups").protocolMapper, "oidc-usermodel-realm-role-mapper");
    assert.equal(mapperFor("groups").config.multivalued, "true");
    for (const claim of ["org", "org_type", "region"]) {
        assert.equal(mapperFor(claim).protocolMapper, "oidc-usermodel-attribute-mapper", claim);
        assert.equal(mapperFor(claim).config["user.attribute"], claim);
    }
    for (const mapper of scope.protocolMappers) assert.equal(mapper.config["access.token.claim"], "true", mapper.name);
});

test("the service client has role service only, organisation JMO, and the fraudlink scope", () => {
    const client = realm.clients.find((c) => c.clientId === "fraudlink-services");
    assert.ok(client.serviceAccountsEnabled && !client.publicClient && !client.standardFlowEnabled);
    assert.deepEqual(client.defaultClientScopes, ["fraudlink"]);
    const user = realm.users.find((u) => u.serviceAccountClientId === "fraudlink-services");
    assert.deepEqual(user.realmRoles, ["service"]);
    assert.deepEqual(user.attributes, { org: ["JMO"], org_type: ["REGULATOR"], region: ["000000"] });
});

test("the component points issuer, JWKS and token endpoint at the same realm", () => {
    const realmPath = `/realms/${realm.realm}`;
    assert.ok(env.MP_JWT_VERIFY_ISSUER.endsWith(realmPath));
    assert.ok(env.MP_JWT_VERIFY_PUBLICKEY_LOCATION.endsWith(`${realmPath}/protocol/openid-connect/certs`));
    assert.ok(env.FRAUDLINK_TOKEN_URL.endsWith(`${realmPath}/protocol/openid-connect/token`));
});
