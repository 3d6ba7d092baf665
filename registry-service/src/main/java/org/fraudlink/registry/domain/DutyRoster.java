package org.fraudlink.registry.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Duty windows are local times of day. A window whose end is before its start runs past midnight (20:00–08:00); a
 * window whose end equals its start is the whole day.
 */
public final class DutyRoster {

    /** One daily window. */
    public record Window(LocalTime from, LocalTime to) {

        public boolean covers(LocalTime time) {
            if (from.equals(to)) {
                return true;
            }
            if (from.isBefore(to)) {
                return !time.isBefore(from) && time.isBefore(to);
            }
            return !time.isBefore(from) || time.isBefore(to);
        }
    }

    private DutyRoster() {
    }

    /** The hours (0–23) of which some minute no window covers. */
    public static List<Integer> uncoveredHours(List<Window> windows) {
        List<Integer> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            for (int minute = 0; minute < 60; minute++) {
                LocalTime time = LocalTime.of(hour, minute);
                if (windows.stream().noneMatch(w -> w.covers(time))) {
                    hours.add(hour);
                    break;
                }
            }
        }
        return hours;
    }
}
