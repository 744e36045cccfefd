package org.buyonce.contract.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.buyonce.events.NoticeType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notice published on Find a Tender for a contract, as an officer recorded it. */
@Entity
@Table(name = "contract_notice")
public class NoticePublication {

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeType type;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    /** Find a Tender's identifier of the notice, e.g. 2026/S 000-012345. */
    @Column(name = "notice_id", nullable = false)
    public String noticeId;

    public String url;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** The contract's version the recording made: its releases from that version on carry the notice. */
    @Column(name = "contract_version", nullable = false)
    public long contractVersion;

    public Publication toPublication() {
        return new Publication(type, publishedOn, noticeId, url);
    }
}
