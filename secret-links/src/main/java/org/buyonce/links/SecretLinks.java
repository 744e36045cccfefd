package org.buyonce.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.security.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Handing out, listing, revoking and opening links. A signed-in user creates a link and sees its secret once, in the
 * URL; they list and revoke their own links (an admin, everyone's); whoever holds the URL opens the one view it is
 * for, read-only, until it is revoked. An unknown or revoked secret is simply not found.
 */
@ApplicationScoped
@Transactional
public class SecretLinks {

    /** A link's last use is recorded at most this often: a calendar polling every few minutes is not a write each time. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(5);

    private final SecretLinkRepository links;
    private final Caller caller;
    private final Clock clock;

    public SecretLinks(SecretLinkRepository links, Caller caller, Clock clock) {
        this.links = links;
        this.caller = caller;
        this.clock = clock;
    }

    /** A new link and its secret, which is not kept anywhere and cannot be shown again. */
    public record Issued(SecretLink link, String secret) {
    }

    public Issued create(String kind, String council, String label, String scope) {
        String secret = LinkSecrets.newSecret();
        SecretLink link = new SecretLink();
        link.id = UUID.randomUUID();
        link.kind = kind;
        link.secretHash = LinkSecrets.hash(secret);
        link.council = council;
        link.label = label == null || label.isBlank() ? null : label.trim();
        link.scope = scope;
        link.createdAt = Instant.now(clock);
        link.createdBy = caller.name();
        links.persist(link);
        return new Issued(link, secret);
    }

    /** The caller's live links of a kind (an admin's: everyone's), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SecretLink> visible(String kind) {
        return links.liveOf(kind, caller.isAdmin() ? null : caller.name());
    }

    /** A live link of the caller's (an admin: anyone's); another user's link is not found, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecretLink visible(String kind, UUID id) {
        return links.findByIdOptional(id)
                .filter(l -> l.kind.equals(kind) && l.revokedAt == null)
                .filter(l -> caller.isAdmin() || l.createdBy.equals(caller.name()))
                .orElseThrow(() -> ProblemException.notFound(kind + " link", id));
    }

    /** Revokes a link the caller {@linkplain #visible(String, UUID) sees}. */
    public void revoke(String kind, UUID id) {
        visible(kind, id).revokedAt = Instant.now(clock);
    }

    /** The live link a secret opens, with its use recorded; empty for anything else. */
    public Optional<SecretLink> open(String kind, String secret) {
        if (!LinkSecrets.hasTheShapeOfASecret(secret)) {
            return Optional.empty();
        }
        String hash = LinkSecrets.hash(secret);
        Optional<SecretLink> found = links.bySecretHash(kind, hash).filter(link -> LinkSecrets.sameHash(link.secretHash, hash));
        found.ifPresent(this::recordUse);
        return found;
    }

    private void recordUse(SecretLink link) {
        Instant now = Instant.now(clock);
        if (link.lastUsedAt == null || link.lastUsedAt.isBefore(now.minus(USE_RECORDED_EVERY))) {
            link.lastUsedAt = now;
        }
    }
}
