package org.buyonce.links;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SecretLinkRepository implements PanacheRepositoryBase<SecretLink, UUID> {

    /** The live link with this secret hash, through the unique index. */
    Optional<SecretLink> bySecretHash(String kind, String secretHash) {
        return find("secretHash = ?1 and kind = ?2 and revokedAt is null", secretHash, kind).firstResultOptional();
    }

    /** Live links of a kind, newest first; only those one user created, or every user's when null. */
    List<SecretLink> liveOf(String kind, String createdBy) {
        Sort newestFirst = Sort.descending("createdAt");
        return createdBy == null ? list("kind = ?1 and revokedAt is null", newestFirst, kind)
                : list("kind = ?1 and createdBy = ?2 and revokedAt is null", newestFirst, kind, createdBy);
    }
}
