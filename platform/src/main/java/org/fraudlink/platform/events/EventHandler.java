package org.fraudlink.platform.events;

/**
 * Applies one type of event in a subscribing service. Called inside the transaction that also records the event
 * id in the inbox, so the effect and the "seen" mark commit together. Throwing makes the publisher retry.
 */
public interface EventHandler {

    /** The event type this handler applies, e.g. {@code IdentifierConfirmed}. */
    String type();

    void handle(EventEnvelope event);
}
