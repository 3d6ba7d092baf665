package org.fraudlink.registry.domain;

import java.time.LocalDate;
import java.util.List;

/** A joint meeting as recorded by the task force or the registry admin. */
public record NewMeeting(LocalDate date, String convener, List<String> attendees, String minutes) {
}
