package org.fraudlink.platform.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import org.fraudlink.platform.db.PlatformSchema;

/**
 * Delivers outbox events to their subscribers' {@code POST /internal/events} with a {@code service} token,
 * retrying with exponential backoff until acknowledged. Safe with any number of replicas: each claims deliveries
 * with {@code FOR UPDATE SKIP LOCKED}, and a delivery waits while an earlier event of the same aggregate is still
 * pending for that subscriber, so order holds per aggregate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String CLAIM = """
            SELECT d.event_seq, d.subscriber, d.attempts, e.id, e.type, e.aggregate_type, e.aggregate_id,
                   e.payload, e.created_at, e.request_id
              FROM platform.outbox_delivery d
              JOIN platform.outbox_event e ON e.seq = d.event_seq
             WHERE d.delivered_at IS NULL
               AND d.next_attempt_at <= now()
               AND NOT EXISTS (SELECT 1 FROM platform.outbox_delivery earlier
                                WHERE earlier.subscriber = d.subscriber
                                  AND earlier.aggregate_key = d.aggregate_key
                                  AND earlier.event_seq < d.event_seq
                                  AND earlier.delivered_at IS NULL)
             ORDER BY d.event_seq
             LIMIT ?
               FOR UPDATE OF d SKIP LOCKED""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformSchema schema;

    @Inject
    EventsConfig config;

    @Inject
    ServiceTokens tokens;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "fraudlink")
    String source;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagMillis = new AtomicLong();
    private ExecutorService wakeUps;
    private HttpClient http;
    private Counter delivered;
    private Counter retries;

    @PostConstruct
    void start() {
        wakeUps = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        // plain HTTP/1.1: the JDK's default h2c upgrade attempt buys nothing between services
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .build();
        delivered = Counter.builder("fraudlink.outbox.delivered").description("Events acknowledged by a subscriber")
                .register(meters);
        retries = Counter.builder("fraudlink.outbox.retries").description("Failed deliveries that will be retried")
                .register(meters);
        Gauge.builder("fraudlink.outbox.pending", pending, AtomicLong::get)
                .description("Deliveries not yet acknowledged").register(meters);
        Gauge.builder("fraudlink.outbox.lag.seconds", lagMillis, millis -> millis.get() / 1000.0)
                .description("Age of the oldest delivery not yet acknowledged").register(meters);
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    /** Asks for a relay run soon (after a commit); several requests before it starts make one run. */
    void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                relayQuietly();
            });
        }
    }

    @Scheduled(every = "${fraudlink.events.relay.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPeriodically() {
        relayQuietly();
    }

    private void relayQuietly() {
        if (!schema.isReady()) {
            return;
        }
        try {
            relayPending();
            measureLag();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the outbox relay failed; it will run again", e);
        }
    }

    /** Delivers batches until nothing is due; answers how many deliveries were acknowledged. */
    public int relayPending() throws SQLException {
        int acknowledged = 0;
        int claimed;
        do {
            int[] outcome = relayBatch();
            claimed = outcome[0];
            acknowledged += outcome[1];
        } while (claimed == config.relay().batchSize());
        return acknowledged;
    }

    /** Claims one batch, sends it in parallel, records each outcome, commits; answers {claimed, acknowledged}. */
    private int[] relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Delivery> batch = claim(connection);
                List<CompletableFuture<Boolean>> sends = batch.stream().map(this::send).toList();
                int acknowledged = 0;
                for (int i = 0; i < batch.size(); i++) {
                    boolean ok = sends.get(i).join();
                    record(connection, batch.get(i), ok);
                    acknowledged += ok ? 1 : 0;
                }
                connection.commit();
                return new int[] {batch.size(), acknowledged};
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private List<Delivery> claim(Connection connection) throws SQLException {
        List<Delivery> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Delivery(rows.getLong("event_seq"), rows.getString("subscriber"),
                            rows.getInt("attempts"), rows.getObject("id", java.util.UUID.class),
                            rows.getString("type"), rows.getString("aggregate_type"), rows.getString("aggregate_id"),
                            rows.getString("payload"), rows.getTimestamp("created_at").toInstant(),
                            rows.getString("request_id")));
                }
            }
        }
        return batch;
    }

    private CompletableFuture<Boolean> send(Delivery delivery) {
        EventsConfig.Subscriber subscriber = config.subscribers().get(delivery.subscriber());
        if (subscriber == null) {
            LOG.warnf("event %s is due to subscriber '%s', which is no longer configured", delivery.eventId(),
                    delivery.subscriber());
            return CompletableFuture.completedFuture(false);
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscriber.url()))
                    .timeout(config.relay().timeout())
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.bearer())
                    .POST(HttpRequest.BodyPublishers.ofString(envelope(delivery)));
            if (delivery.requestId() != null) {
                request.header("X-Request-Id", delivery.requestId());
            }
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> acknowledged(delivery, response.statusCode()))
                    .exceptionally(failure -> {
                        LOG.debugf("event %s to %s failed: %s", delivery.eventId(), delivery.subscriber(),
                                failure.getMessage());
                        return false;
                    });
        } catch (RuntimeException e) {
            LOG.warnf("event %s to %s could not be sent: %s", delivery.eventId(), delivery.subscriber(),
                    e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
    }

    private boolean acknowledged(Delivery delivery, int status) {
        if (status == 401) {
            tokens.invalidate();
        }
        if (status / 100 != 2) {
            LOG.debugf("event %s to %s answered %d", delivery.eventId(), delivery.subscriber(), status);
        }
        return status / 100 == 2;
    }

    private String envelope(Delivery delivery) {
        try {
            return mapper.writeValueAsString(new EventEnvelope(delivery.eventId(), delivery.type(),
                    delivery.aggregateType(), delivery.aggregateId(), delivery.createdAt(), source,
                    mapper.readTree(delivery.payload())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored event payload is not JSON", e);
        }
    }

    private void record(Connection connection, Delivery delivery, boolean ok) throws SQLException {
        if (ok) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE platform.outbox_delivery"
                    + " SET delivered_at = now(), attempts = attempts + 1, last_error = NULL"
                    + " WHERE event_seq = ? AND subscriber = ?")) {
                update.setLong(1, delivery.seq());
                update.setString(2, delivery.subscriber());
                update.executeUpdate();
            }
            delivered.increment();
            return;
        }
        Duration wait = backoff(delivery.attempts() + 1);
        try (PreparedStatement update = connection.prepareStatement("UPDATE platform.outbox_delivery"
                + " SET attempts = attempts + 1, next_attempt_at = now() + ? * interval '1 millisecond', last_error = ?"
                + " WHERE event_seq = ? AND subscriber = ?")) {
            update.setLong(1, wait.toMillis());
            update.setString(2, "not acknowledged; next attempt in " + wait);
            update.setLong(3, delivery.seq());
            update.setString(4, delivery.subscriber());
            update.executeUpdate();
        }
        retries.increment();
    }

    /** How long a delivery waits after its {@code attempt}-th failure: base × 2^(attempt−1), capped. */
    public Duration backoff(int attempt) {
        Duration wait = config.relay().backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(config.relay().maxBackoff()) > 0 ? config.relay().maxBackoff() : wait;
    }

    private void measureLag() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT count(*), coalesce(extract(epoch FROM now() - min(e.created_at)) * 1000, 0)
                          FROM platform.outbox_delivery d JOIN platform.outbox_event e ON e.seq = d.event_seq
                         WHERE d.delivered_at IS NULL""");
                ResultSet row = select.executeQuery()) {
            row.next();
            pending.set(row.getLong(1));
            lagMillis.set(row.getLong(2));
        }
    }

    /** One event due to one subscriber. */
    private record Delivery(long seq, String subscriber, int attempts, java.util.UUID eventId, String type,
            String aggregateType, String aggregateId, String payload, java.time.Instant createdAt,
            String requestId) {
    }
}
