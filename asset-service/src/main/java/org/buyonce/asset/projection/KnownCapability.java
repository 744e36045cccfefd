package org.buyonce.asset.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A capability of contract-service's catalogue, as the capabilities topic announced it. */
@Entity
@Table(name = "known_capability")
public class KnownCapability {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "cpv_code")
    public String cpvCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
