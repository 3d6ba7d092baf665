package org.fraudlink.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fraudlink.registry.domain.ActionStatus;
import org.fraudlink.registry.persistence.ActionItem;
import org.fraudlink.registry.persistence.Meeting;

/** What {@code /api/v1/registry/meetings} answers. */
public final class MeetingViews {

    private MeetingViews() {
    }

    /** A meeting. */
    public record MeetingView(UUID id, LocalDate date, String convener, Set<String> attendees, String minutes,
            int version, Instant createdAt) {

        static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.date, m.convener, m.attendees, m.minutes, m.version, m.createdAt);
        }
    }

    /** An action item; {@code overdue} is derived (open and past its due date). */
    public record ActionView(UUID id, UUID meetingId, String resolution, String ownerOrg, LocalDate dueDate,
            ActionStatus status, boolean overdue, Instant doneAt, int version, Instant createdAt) {

        static ActionView of(ActionItem a, LocalDate today) {
            return new ActionView(a.id, a.meetingId, a.resolution, a.ownerOrg, a.dueDate, a.status,
                    a.status == ActionStatus.OPEN && a.dueDate.isBefore(today), a.doneAt, a.version, a.createdAt);
        }
    }

    /** Overdue items of one organisation. */
    public record OverdueForOrg(String org, int overdue, List<ActionView> items) {
    }

    /** {@code GET /action-items/overdue}. */
    public record Overdue(List<OverdueForOrg> items) {
    }
}
