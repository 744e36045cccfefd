package org.buyonce.alignment.projection;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.buyonce.events.AssetStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An asset as the last asset-lifecycle event described it, reduced to what makes a capability urgent. */
@Entity
@Table(name = "asset_projection")
public class AssetProjection {

    @Id
    public UUID id;

    @Column(nullable = false)
    public long version;

    public String capability;

    @Column(name = "end_of_support")
    public LocalDate endOfSupport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Its capability before the change being applied (null for a new row): an asset moved touches both. */
    @Transient
    String capabilityBefore;
}
