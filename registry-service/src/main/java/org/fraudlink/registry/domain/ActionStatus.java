package org.fraudlink.registry.domain;

/** An action item is open until its owner (or the task force) marks it done; open past its due date is overdue. */
public enum ActionStatus {
    OPEN, DONE
}
