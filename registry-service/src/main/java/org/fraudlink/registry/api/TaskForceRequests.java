package org.fraudlink.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.registry.domain.LiaisonRole;
import org.fraudlink.registry.domain.MemberRole;
import org.fraudlink.registry.domain.NewLiaison;
import org.fraudlink.registry.persistence.Liaison;
import org.fraudlink.registry.persistence.TaskForce;
import org.fraudlink.registry.persistence.TaskForceMember;

/** Request and response bodies of task forces, their members, and liaisons. */
public final class TaskForceRequests {

    private TaskForceRequests() {
    }

    /** {@code POST /task-forces}. */
    public record Create(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String leadOrg,
            @NotNull LocalDate startDate, LocalDate endDate) {
    }

    /** {@code POST /task-forces/{id}/members}. */
    public record Member(@NotBlank @Size(max = 40) String org, @NotBlank @Size(max = 200) String person,
            @NotNull MemberRole role) {
    }

    /** {@code POST /orgs/{code}/liaisons}; duty times as {@code "08:00"}. */
    public record NewLiaisonRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 50) String phone, @NotNull LiaisonRole role, @NotNull LocalTime dutyFrom,
            @NotNull LocalTime dutyTo) {

        NewLiaison toDraft() {
            return new NewLiaison(name, title, phone, role, dutyFrom, dutyTo);
        }
    }

    /** A task force. */
    public record TaskForceView(UUID id, String name, String leadOrg, LocalDate startDate, LocalDate endDate,
            int version, Instant createdAt) {

        static TaskForceView of(TaskForce t) {
            return new TaskForceView(t.id, t.name, t.leadOrg, t.startDate, t.endDate, t.version, t.createdAt);
        }
    }

    /** A member of a task force. */
    public record MemberView(UUID id, String org, String person, MemberRole role, Instant addedAt) {

        static MemberView of(TaskForceMember m) {
            return new MemberView(m.id, m.orgCode, m.person, m.role, m.addedAt);
        }
    }

    /** A liaison. */
    public record LiaisonView(UUID id, String org, String name, String title, String phone, LiaisonRole role,
            LocalTime dutyFrom, LocalTime dutyTo, int version) {

        static LiaisonView of(Liaison l) {
            return new LiaisonView(l.id, l.orgCode, l.name, l.title, l.phone, l.role, l.dutyFrom, l.dutyTo,
                    l.version);
        }
    }
}
