package org.fraudlink.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where a service's events go and how hard the relay tries. Example:
 * {@code fraudlink.events.subscribers.alerts.url=http://localhost:8083/internal/events} and
 * {@code fraudlink.events.subscribers.alerts.types=IdentifierConfirmed}.
 */
@ConfigMapping(prefix = "fraudlink.events")
public interface EventsConfig {

    /** Subscribers by name. */
    Map<String, Subscriber> subscribers();

    Relay relay();

    /** One subscriber: its inbox endpoint and the event types it wants. */
    interface Subscriber {
        String url();

        List<String> types();
    }

    /** Relay timing. */
    interface Relay {
        /** How often each replica looks for pending deliveries (it is also woken after every commit). */
        @WithDefault("1s")
        Duration interval();

        @WithDefault("100")
        int batchSize();

        /** The first retry waits this long; each further one twice as long, up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration backoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** How long a subscriber may take to acknowledge one event. */
        @WithDefault("5s")
        Duration timeout();
    }
}
