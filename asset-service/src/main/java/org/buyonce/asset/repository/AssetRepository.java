package org.buyonce.asset.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.asset.Asset;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.jdbc.CopyRows;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.Criticality;
import org.buyonce.events.EventJson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AssetRepository implements PanacheRepositoryBase<Asset, UUID> {

    public Page<Asset> search(AssetFilter filter, PageRequest page) {
        Query query = where(filter);
        PanacheQuery<Asset> found = query.isEmpty() ? findAll(Sort.by("tag")) : find(query.text(), Sort.by("tag"), query.parameters);
        return Page.of(found.page(page.page(), page.size()).list(), page, found.count());
    }

    /** The next assets after a tag, in tag order: for exports that page through everything with flat memory. */
    public List<Asset> after(String tag, AssetFilter filter, int limit) {
        Query query = where(filter);
        query.add("tag > :after", "after", tag == null ? "" : tag);
        return find(query.text(), Sort.by("tag"), query.parameters).page(0, limit).list();
    }

    /**
     * Inserts new assets through a bulk copy (for imports): the rows an ORM insert would write, at a fraction of its
     * cost. The assets stay out of the persistence context.
     */
    public void insertAll(List<Asset> created, BulkCopy bulk) {
        CopyRows rows = CopyRows.into("asset", "id", "version", "tag", "name", "type", "capability", "councils", "site",
                "responsible_party", "criticality", "monitored", "purchase_date", "warranty_end", "end_of_support", "status",
                "supporting_contract_id", "created_at", "updated_at");
        for (Asset a : created) {
            rows.add(a.id).add(a.version).add(a.tag).add(a.name).add(a.type).add(a.capability).add(EventJson.write(a.councils))
                    .add(a.site).add(a.responsibleParty).add(a.criticality).add(a.monitored).add(a.purchaseDate)
                    .add(a.warrantyEnd).add(a.endOfSupport).add(a.status).add(a.supportingContractId).add(a.createdAt)
                    .add(a.updatedAt).endRow();
        }
        bulk.copy(rows);
    }

    /** Every tag in the register. */
    public Set<String> allTags() {
        return getEntityManager().createQuery("select a.tag from Asset a", String.class).getResultStream()
                .collect(Collectors.toCollection(HashSet::new));
    }

    public List<Asset> withTags(Collection<String> tags) {
        return tags.isEmpty() ? List.of() : list("tag in ?1", tags);
    }

    public boolean tagTaken(String tag, UUID except) {
        return count("tag = ?1 and id <> ?2", tag, except) > 0;
    }

    /**
     * Assets not retired that some risk rule may concern (critical, past end of support, or with a supporting contract),
     * each with its supporting contract; optionally only those a council uses.
     */
    public List<RiskCandidate> riskCandidates(LocalDate today, String council) {
        StringBuilder query = new StringBuilder("""
                select new org.buyonce.asset.repository.RiskCandidate(a, c)
                from Asset a left join SupportingContract c on c.id = a.supportingContractId
                where a.status <> :retired
                  and (a.criticality = :critical or a.endOfSupport < :today or a.supportingContractId is not null)""");
        if (council != null) {
            query.append(" and function('jsonb_exists', a.councils, :council) = true");
        }
        var candidates = getEntityManager().createQuery(query.toString(), RiskCandidate.class)
                .setParameter("retired", AssetStatus.RETIRED).setParameter("critical", Criticality.CRITICAL)
                .setParameter("today", today);
        if (council != null) {
            candidates.setParameter("council", council);
        }
        return candidates.getResultList();
    }

    private static Query where(AssetFilter filter) {
        Query query = new Query();
        if (filter.council() != null) {
            query.add("function('jsonb_exists', councils, :council) = true", "council", filter.council());
        }
        if (filter.capability() != null) {
            query.add("capability = :capability", "capability", filter.capability());
        }
        if (filter.type() != null) {
            query.add("type = :type", "type", filter.type());
        }
        if (filter.status() != null) {
            query.add("status = :status", "status", filter.status());
        }
        if (filter.criticality() != null) {
            query.add("criticality = :criticality", "criticality", filter.criticality());
        }
        if (filter.responsibleParty() != null) {
            query.add("lower(responsibleParty) like :responsible", "responsible", like(filter.responsibleParty()));
        }
        if (filter.site() != null) {
            query.add("lower(site) like :site", "site", like(filter.site()));
        }
        if (filter.endOfSupportBefore() != null) {
            query.add("endOfSupport < :eos", "eos", filter.endOfSupportBefore());
        }
        return query;
    }

    private static String like(String text) {
        return "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static final class Query {
        final List<String> clauses = new ArrayList<>();
        final Parameters parameters = new Parameters();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            parameters.and(name, value);
        }

        boolean isEmpty() {
            return clauses.isEmpty();
        }

        String text() {
            return String.join(" and ", clauses);
        }
    }
}
