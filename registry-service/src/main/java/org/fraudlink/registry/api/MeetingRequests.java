package org.fraudlink.registry.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.registry.domain.NewMeeting;

/** The request bodies of {@code /api/v1/registry/meetings}. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /** {@code POST /meetings}. */
    public record Create(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 40) String convener,
            @NotEmpty @Size(max = 200) List<@NotBlank String> attendees,
            @NotBlank @Size(max = 100_000) String minutes) {

        NewMeeting toDraft() {
            return new NewMeeting(date, convener, attendees, minutes);
        }
    }

    /** {@code POST /meetings/{id}/actions}. */
    public record Action(
            @NotBlank @Size(max = 2000) String resolution,
            @NotBlank @Size(max = 40) String ownerOrg,
            @NotNull LocalDate dueDate) {
    }
}
