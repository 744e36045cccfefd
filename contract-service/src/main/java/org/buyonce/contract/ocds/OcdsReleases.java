package org.buyonce.contract.ocds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.ocds.Ocds;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.buyonce.contract.Capability;
import org.buyonce.contract.Contract;
import org.buyonce.contract.audit.ContractRevision;
import org.buyonce.contract.notice.NoticePublication;
import org.buyonce.contract.notice.NoticeRecords;
import org.buyonce.events.NoticeType;
import org.buyonce.contract.notice.StatutoryNotices;
import org.buyonce.contract.repository.CapabilityRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contracts as OCDS releases, one per saved version, from the audit trail (Hibernate Envers): oldest first, so that
 * a publisher polling with {@code updatedSince} and walking the pages sees every version once. A deleted contract's
 * last release stays; the deletion itself is not a release (OCDS has no tag for it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OcdsReleases {

    private final EntityManager entityManager;
    private final NoticeRecords notices;
    private final Partnership partnership;
    private final CapabilityRepository capabilities;
    private final Clock clock;
    private final String ocidPrefix;
    private final String publisher;

    public OcdsReleases(EntityManager entityManager, NoticeRecords notices, Partnership partnership, CapabilityRepository capabilities, Clock clock,
            @ConfigProperty(name = "buyonce.ocid-prefix", defaultValue = "ocds-buyonce") String ocidPrefix,
            @ConfigProperty(name = "buyonce.ocds-publisher", defaultValue = "BuyOnce") String publisher) {
        this.entityManager = entityManager;
        this.notices = notices;
        this.partnership = partnership;
        this.capabilities = capabilities;
        this.clock = clock;
        this.ocidPrefix = ocidPrefix;
        this.publisher = publisher;
    }

    public Ocds.Page page(String council, Instant updatedSince, PageRequest request, URI uri) {
        List<Object[]> rows = versions(council, updatedSince, request);
        boolean hasNext = rows.size() > request.size();
        List<Object[]> page = hasNext ? rows.subList(0, request.size()) : rows;
        ContractRelease releases = new ContractRelease(ocidPrefix, clock.getZone(), partnership::name, catalogue());
        Map<UUID, List<Object[]>> histories = histories(page);
        Map<UUID, List<NoticePublication>> published = notices.publicationsOf(histories.keySet());
        List<Ocds.Release> list = new ArrayList<>(page.size());
        for (Object[] row : page) {
            Contract contract = (Contract) row[0];
            ContractRevision revision = (ContractRevision) row[1];
            list.add(releases.of(contract, Instant.ofEpochMilli(revision.changedAt), previous(histories.get(contract.id), revision.id),
                    published.getOrDefault(contract.id, List.of())));
        }
        return new Ocds.Page(releasePackage(uri, list), hasNext);
    }

    /** The data of a notice a contract owes, as a one-release package for Find a Tender; 404 for one it cannot owe. */
    public Ocds.ReleasePackage draft(UUID id, NoticeType type, URI uri) {
        Contract contract = Optional.ofNullable(entityManager.find(Contract.class, id))
                .orElseThrow(() -> ProblemException.notFound("contract", id));
        StatutoryNotices.whyNotOwed(contract, type).ifPresent(reason -> {
            throw new ProblemException(ProblemType.NOT_FOUND, "no " + type + " draft: " + reason);
        });
        ContractRelease releases = new ContractRelease(ocidPrefix, clock.getZone(), partnership::name, catalogue());
        return releasePackage(uri, List.of(releases.draft(contract, type, Instant.now(clock))));
    }

    private Ocds.ReleasePackage releasePackage(URI uri, List<Ocds.Release> releases) {
        String published = Ocds.dateTime(Instant.now(clock), clock.getZone());
        return new Ocds.ReleasePackage(uri.toString(), Ocds.VERSION, published, new Ocds.Publisher(publisher, null), null, null, releases);
    }

    /** One page of saved versions (and one more, to tell whether another page follows), oldest first. */
    @SuppressWarnings("unchecked")
    private List<Object[]> versions(String council, Instant updatedSince, PageRequest request) {
        AuditQuery query = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Contract.class, false, true)
                .add(AuditEntity.revisionType().ne(RevisionType.DEL));
        if (council != null) {
            query.add(AuditEntity.property("council").eq(council));
        }
        if (updatedSince != null) {
            query.add(AuditEntity.revisionProperty("changedAt").ge(updatedSince.toEpochMilli()));
        }
        return query.addOrder(AuditEntity.revisionNumber().asc()).addOrder(AuditEntity.id().asc())
                .setFirstResult(request.offset()).setMaxResults(request.size() + 1)
                .getResultList();
    }

    /** Every saved version, up to the page's last, of the contracts on the page: each release's previous version is there. */
    @SuppressWarnings("unchecked")
    private Map<UUID, List<Object[]>> histories(List<Object[]> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = page.stream().map(row -> ((Contract) row[0]).id).distinct().toList();
        long last = ((ContractRevision) page.get(page.size() - 1)[1]).id;
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Contract.class, false, true)
                .add(AuditEntity.revisionType().ne(RevisionType.DEL))
                .add(AuditEntity.id().in(ids))
                .add(AuditEntity.revisionNumber().le(last))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<UUID, List<Object[]>> histories = new HashMap<>();
        rows.forEach(row -> histories.computeIfAbsent(((Contract) row[0]).id, id -> new ArrayList<>()).add(row));
        return histories;
    }

    /** The version saved just before the given revision, or null for the first. */
    private static Contract previous(List<Object[]> history, long revision) {
        Contract previous = null;
        for (Object[] row : history) {
            if (((ContractRevision) row[1]).id >= revision) {
                break;
            }
            previous = (Contract) row[0];
        }
        return previous;
    }

    private Function<String, Optional<Capability>> catalogue() {
        Map<String, Capability> byCode = capabilities.listByCode().stream().collect(Collectors.toMap(c -> c.code, c -> c));
        return code -> Optional.ofNullable(byCode.get(code));
    }
}
