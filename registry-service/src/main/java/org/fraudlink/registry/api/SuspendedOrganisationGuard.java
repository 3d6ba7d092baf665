package org.fraudlink.registry.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import org.fraudlink.platform.security.Claims;
import org.fraudlink.registry.domain.Directory;

/** Refuses the live tokens of a suspended organisation (401), as the contract asks of every service. */
@ApplicationScoped
public class SuspendedOrganisationGuard implements SecurityIdentityAugmentor {

    @Inject
    Directory directory;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && directory.isSuspended(token.getClaim(Claims.ORG))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the organisation is suspended"));
        }
        return Uni.createFrom().item(identity);
    }
}
