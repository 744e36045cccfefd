package org.buyonce.contract.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A change of an Act contract beyond the 10% limits, recorded the day it was made: it owes a change notice (UK10). */
@Entity
@Table(name = "contract_modification")
public class ContractModification {

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    /** What made it substantial, in words. */
    @Column(nullable = false)
    public String description;
}
