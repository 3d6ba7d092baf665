package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.registry.domain.SanctionStatus;

/** One entry of the two-card sanction list: the ID number only as a keyed hash, the name only masked. */
@Entity
@Table(name = "card_sanction")
public class CardSanction {

    @Id
    public UUID id;

    @Column(name = "id_number_hash")
    public String idNumberHash;

    @Column(name = "masked_name")
    public String maskedName;

    public String reason;

    @Column(name = "issuing_org")
    public String issuingOrg;

    @Column(name = "issuing_region")
    public String issuingRegion;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public SanctionStatus status;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lift_reason")
    public String liftReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
