package org.fraudlink.alerts.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.fraudlink.alerts.domain.Organisations;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.CurrentCaller;

/** The verified caller, refused (403) when registry-service has suspended its organisation. */
@RequestScoped
public class ActiveCaller {

    @Inject
    CurrentCaller caller;

    @Inject
    Organisations organisations;

    Caller get() {
        Caller current = caller.get();
        organisations.requireActive(current);
        return current;
    }
}
