package org.fraudlink.cases.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.cases.domain.SuspectStatus;

/** A suspect of a case; the ID number only as a keyed hash and its last four characters. */
@Entity
@Table(name = "case_suspect")
public class SuspectEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String name;

    @Column(name = "id_number_hash")
    public String idNumberHash;

    @Column(name = "id_number_last4")
    public String idNumberLast4;

    @Enumerated(EnumType.STRING)
    public SuspectStatus status;

    @Column(name = "arrested_at")
    public Instant arrestedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
