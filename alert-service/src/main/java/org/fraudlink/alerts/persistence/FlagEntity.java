package org.fraudlink.alerts.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An identifier confirmed in a filed case (from {@code IdentifierConfirmed}), since the earliest confirmation. */
@Entity
@Table(name = "flag")
@IdClass(FlagEntity.Key.class)
public class FlagEntity {

    /** Composite key. */
    public static class Key implements Serializable {
        public String kind;
        public String value;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind) && Objects.equals(value, key.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, value);
        }
    }

    @Id
    public String kind;

    @Id
    public String value;

    public Instant since;

    @Column(name = "case_number")
    public String caseNumber;
}
