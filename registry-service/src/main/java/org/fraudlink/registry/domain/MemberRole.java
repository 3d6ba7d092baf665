package org.fraudlink.registry.domain;

/** A person's part in a task force. */
public enum MemberRole {
    LEAD, DEPUTY, MEMBER, LIAISON
}
