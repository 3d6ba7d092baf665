package org.fraudlink.cases.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fraudlink.platform.identifiers.IdentifierKind;

/** An identifier (account, phone, domain, IM id) a case involves, in its normal form. */
@Entity
@Table(name = "case_identifier")
public class IdentifierEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public IdentifierKind kind;

    public String value;

    public String role;

    @Column(name = "added_at")
    public Instant addedAt;
}
