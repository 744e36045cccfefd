package org.buyonce.links;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A link handed out for one read-only view; its secret is known only by its hash. */
@Entity
@Table(name = "secret_link")
public class SecretLink {

    @Id
    public UUID id;

    /** The view the link opens, e.g. {@code calendar}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    /** The council the view is narrowed to; null for every council. */
    public String council;

    public String label;

    /** The view's own setting (a calendar's window, e.g. P1Y); null for its default. */
    public String scope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
