package org.fraudlink.alerts.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.fraudlink.alerts.domain.Grade;

/** How long a unit has to acknowledge a warning and to record its outcome, per grade (from dispatch). */
@ConfigMapping(prefix = "fraudlink.sla")
public interface SlaConfig {

    @WithDefault("PT10M")
    Duration highAcknowledge();

    @WithDefault("PT60M")
    Duration highOutcome();

    @WithDefault("PT30M")
    Duration mediumAcknowledge();

    @WithDefault("PT4H")
    Duration mediumOutcome();

    @WithDefault("PT4H")
    Duration lowAcknowledge();

    @WithDefault("PT24H")
    Duration lowOutcome();

    /** How often the escalation job looks for overdue warnings (read by its {@code @Scheduled}). */
    @WithDefault("30s")
    String checkEvery();

    default Duration acknowledge(Grade grade) {
        return switch (grade) {
            case HIGH -> highAcknowledge();
            case MEDIUM -> mediumAcknowledge();
            case LOW -> lowAcknowledge();
        };
    }

    default Duration outcome(Grade grade) {
        return switch (grade) {
            case HIGH -> highOutcome();
            case MEDIUM -> mediumOutcome();
            case LOW -> lowOutcome();
        };
    }
}
