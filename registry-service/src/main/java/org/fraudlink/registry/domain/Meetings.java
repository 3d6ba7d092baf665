package org.fraudlink.registry.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.persistence.ActionItem;
import org.fraudlink.registry.persistence.Meeting;
import org.fraudlink.registry.persistence.MeetingRepository;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;

/**
 * The joint-meeting system. The registry admin sees every meeting; a task force those convened inside its
 * jurisdiction and those its organisation attends or convenes; any other organisation only those it attends or
 * convenes. The task force and the admin record meetings and action items; an item's owner may also mark it done.
 */
@ApplicationScoped
public class Meetings {

    static final String RESOURCE = "Meeting";

    @Inject
    MeetingRepository meetings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Meeting create(Caller caller, NewMeeting draft) {
        Organisation convener = existing("convener", draft.convener());
        if (!caller.hasRole(Roles.REGISTRY_ADMIN) && !caller.covers(convener.region)
                && !convener.code.equals(caller.org())) {
            throw ProblemException.invalid("convener", "is outside your jurisdiction");
        }
        Set<String> attendees = new LinkedHashSet<>();
        for (int i = 0; i < draft.attendees().size(); i++) {
            String field = "attendees[" + i + "]";
            attendees.add(existing(field, draft.attendees().get(i)).code);
        }
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.date = draft.date();
        meeting.convener = convener.code;
        meeting.convenerRegion = convener.region;
        meeting.minutes = draft.minutes();
        meeting.attendees = attendees;
        meeting.createdAt = clock.instant();
        meetings.persist(meeting);
        audit.record("meeting.create", RESOURCE, meeting.id.toString(), draft);
        return meeting;
    }

    public Meeting get(Caller caller, UUID id) {
        return meetings.find(id).filter(m -> sees(caller, m))
                .orElseThrow(() -> ProblemException.notFound("Meeting " + id));
    }

    public Page<Meeting> list(Caller caller, PageRequest paging) {
        if (caller.hasRole(Roles.REGISTRY_ADMIN)) {
            return meetings.visible("", caller.org(), paging);
        }
        return meetings.visible(caller.hasRole(Roles.TASK_FORCE) ? caller.regionPrefix() : null, caller.org(),
                paging);
    }

    public List<ActionItem> actions(Caller caller, UUID meetingId) {
        get(caller, meetingId);
        return meetings.actions(meetingId);
    }

    @Transactional
    public ActionItem addAction(Caller caller, UUID meetingId, String resolution, String ownerOrg,
            LocalDate dueDate) {
        Meeting meeting = get(caller, meetingId);
        Organisation owner = existing("ownerOrg", ownerOrg);
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.resolution = resolution.strip();
        item.ownerOrg = owner.code;
        item.ownerRegion = owner.region;
        item.dueDate = dueDate;
        item.status = ActionStatus.OPEN;
        item.createdAt = clock.instant();
        meetings.persist(item);
        audit.record("action.create", "ActionItem", item.id.toString(),
                Map.of("meeting", meetingId.toString(), "owner", owner.code, "due", dueDate.toString()));
        return item;
    }

    @Transactional
    public ActionItem complete(Caller caller, UUID meetingId, UUID actionId) {
        ActionItem item = meetings.findAction(actionId).filter(a -> a.meetingId.equals(meetingId))
                .orElseThrow(() -> ProblemException.notFound("Action item " + actionId));
        boolean owner = item.ownerOrg.equals(caller.org());
        boolean writer = caller.hasAnyRole(Roles.REGISTRY_ADMIN, Roles.TASK_FORCE)
                && meetings.find(meetingId).filter(m -> sees(caller, m)).isPresent();
        if (!owner && !writer) {
            throw ProblemException.notFound("Action item " + actionId);
        }
        if (item.status == ActionStatus.DONE) {
            throw ProblemException.illegalTransition("The action item is already done");
        }
        item.status = ActionStatus.DONE;
        item.doneAt = clock.instant();
        meetings.flush();
        audit.record("action.done", "ActionItem", actionId.toString(), Map.of("status", "DONE"));
        return item;
    }

    /** Open items past their due date, of the organisations the caller answers for. */
    public List<ActionItem> overdue(Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (caller.hasRole(Roles.REGISTRY_ADMIN)) {
            return meetings.overdue(today, "", caller.org());
        }
        return meetings.overdue(today, caller.hasRole(Roles.TASK_FORCE) ? caller.regionPrefix() : null,
                caller.org());
    }

    private boolean sees(Caller caller, Meeting meeting) {
        return caller.hasRole(Roles.REGISTRY_ADMIN)
                || caller.hasRole(Roles.TASK_FORCE) && caller.covers(meeting.convenerRegion)
                || meeting.convener.equals(caller.org())
                || meeting.attendees.contains(caller.org());
    }

    private Organisation existing(String field, String code) {
        return organisations.find(code)
                .orElseThrow(() -> ProblemException.invalid(field, "no organisation has the code " + code));
    }
}
