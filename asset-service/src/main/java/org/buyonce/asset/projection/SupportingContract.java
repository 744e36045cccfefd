package org.buyonce.asset.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.buyonce.events.ContractStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contract as the last contract-renewals event described it: what an asset's support depends on. */
@Entity
@Table(name = "supporting_contract")
public class SupportingContract {

    @Id
    public UUID id;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String council;

    public String reference;

    public String title;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Over: expired, terminated, or past its end on this day. */
    public boolean hasEndedBy(LocalDate today) {
        return status != ContractStatus.ACTIVE || endDate.isBefore(today);
    }
}
