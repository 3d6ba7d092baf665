package org.fraudlink.registry.api;

import java.util.List;

import org.fraudlink.registry.domain.DirectoryEntry;
import org.fraudlink.registry.domain.Jurisdiction;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;

/** {@code GET /api/v1/registry/jurisdictions/{region}} (docs/service-apis.md). */
public record JurisdictionView(String region, Unit unit, List<Unit> chain) {

    /** A police unit's directory entry. */
    public record Unit(String code, String name, OrgType type, String region, OrgStatus status, String parentCode) {

        static Unit of(DirectoryEntry entry) {
            return new Unit(entry.code(), entry.name(), entry.type(), entry.region(), entry.status(),
                    entry.parentCode());
        }
    }

    static JurisdictionView of(Jurisdiction jurisdiction) {
        return new JurisdictionView(jurisdiction.region(), Unit.of(jurisdiction.unit()),
                jurisdiction.chain().stream().map(Unit::of).toList());
    }
}
