package org.fraudlink.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Whether the audit chain holds. {@code firstBroken} names the first record where it does not and why;
 * {@code unsealed} counts records written but not chained yet (the sealer runs every second).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean valid, long checked, long unsealed, BrokenLink firstBroken) {

    /** Where and why the chain broke. */
    public record BrokenLink(Long recordId, long chainPos, String reason) {
    }
}
