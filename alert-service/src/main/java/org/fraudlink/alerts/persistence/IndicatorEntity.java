package org.fraudlink.alerts.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An identifier named in a warning, in its normal form. */
@Entity
@Table(name = "warning_indicator")
@IdClass(IndicatorEntity.Key.class)
public class IndicatorEntity {

    /** Composite key. */
    public static class Key implements Serializable {
        public UUID warningId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(warningId, key.warningId) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(warningId, position);
        }
    }

    @Id
    @Column(name = "warning_id")
    public UUID warningId;

    @Id
    public int position;

    public String kind;

    public String value;
}
