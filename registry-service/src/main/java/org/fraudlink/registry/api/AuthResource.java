package org.fraudlink.registry.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.registry.config.SigningKeys;
import org.fraudlink.registry.domain.ApiClients;
import org.fraudlink.registry.domain.TokenIssuer;

/**
 * The embedded issuer: OAuth2 client credentials (RFC 6749 §4.4, the client authenticated by form fields or HTTP
 * Basic) and the JWKS its tokens verify against. Errors are OAuth2 error objects, as OAuth2 clients expect.
 */
@Path("/auth")
@PermitAll
@Tag(name = "Tokens")
public class AuthResource {

    private static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final String BASIC = "Basic ";

    @Inject
    ApiClients clients;

    @Inject
    TokenIssuer issuer;

    @Inject
    SigningKeys keys;

    /** {@code {"access_token", "token_type", "expires_in"}}. */
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    /** An OAuth2 error (RFC 6749 §5.2). */
    public record OAuthError(String error, String error_description) {
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Client-credentials token (RS256, 15 minutes)")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formId,
            @FormParam("client_secret") String formSecret, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
        if (basic && (formId != null || formSecret != null)) {
            return error(400, "invalid_request", "authenticate the client by HTTP Basic or by form fields, not both");
        }
        Optional<String[]> credentials = basic ? fromBasic(authorization.substring(BASIC.length()))
                : formId == null || formSecret == null ? Optional.empty()
                : Optional.of(new String[] {formId, formSecret});
        Optional<TokenIssuer.Subject> subject = credentials.flatMap(c -> clients.authenticate(c[0], c[1]));
        if (subject.isEmpty()) {
            return error(401, "invalid_client", "unknown client, wrong secret, disabled client or suspended "
                    + "organisation");
        }
        TokenIssuer.IssuedToken token = issuer.issue(subject.get());
        return noStore(Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresIn()))).build();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys tokens verify against: the current one and, during a rotation, the previous")
    public Response jwks() {
        List<Map<String, String>> jwks = new ArrayList<>();
        for (SigningKeys.PublicKey key : keys.published()) {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kid", key.kid());
            jwk.put("use", "sig");
            jwk.put("alg", "RS256");
            jwk.putAll(SigningKeys.jwkMembers(key.key()));
            jwks.add(jwk);
        }
        return Response.ok(Map.of("keys", jwks)).header("Cache-Control", "public, max-age=300").build();
    }

    /** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded. */
    private static Optional<String[]> fromBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response error(int status, String error, String description) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new OAuthError(error, description));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fraudlink\"");
        }
        return noStore(response).build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }
}
