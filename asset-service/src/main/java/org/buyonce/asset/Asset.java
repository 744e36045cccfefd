package org.buyonce.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An entry of the consolidated asset register: what it is, who uses it, who answers for it, how long it is supported. */
@Entity
@Table(name = "asset")
public class Asset {

    @Id
    public UUID id;

    /** Increases by one on every change (JPA optimistic locking). */
    @Version
    public Long version;

    @Column(nullable = false)
    public String tag;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetType type;

    public String capability;

    /** Codes of the councils that use it: more than one for a shared asset. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<String> councils;

    public String site;

    /** Who answers for it ("3C ICT", "SCDC Facilities Management", a supplier); null when none is recorded. */
    @Column(name = "responsible_party")
    public String responsibleParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Criticality criticality;

    @Column(nullable = false)
    public boolean monitored;

    @Column(name = "purchase_date")
    public LocalDate purchaseDate;

    @Column(name = "warranty_end")
    public LocalDate warrantyEnd;

    @Column(name = "end_of_support")
    public LocalDate endOfSupport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status;

    @Column(name = "supporting_contract_id")
    public UUID supportingContractId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
