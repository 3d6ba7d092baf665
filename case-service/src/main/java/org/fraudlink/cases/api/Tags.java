package org.fraudlink.cases.api;

/** The shape of a case tag ({@code EPIDEMIC}, a campaign name): it becomes a key of the statistics. */
final class Tags {

    static final String PATTERN = "[A-Z0-9_\\-\\p{IsHan}]{1,40}";
    static final String MESSAGE = "must be 1 to 40 upper-case letters, digits, '_', '-' or Chinese characters";

    private Tags() {
    }
}
