package org.buyonce.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.jdbc.CopyRows;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.contract.Contract;
import org.buyonce.contract.audit.ContractRevision;
import org.buyonce.contract.notice.Regime;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.EventJson;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** One page of the contracts a filter selects, soonest end first, as ids and versions: what a list shows is cached. */
    public Page<Versioned> search(ContractFilter filter, PageRequest page) {
        Where where = where(filter);
        String condition = where.clauses.isEmpty() ? "" : " where " + where.text();
        // The page and the count in one statement: count(*) over () is computed before the limit applies.
        TypedQuery<Object[]> query = getEntityManager().createQuery("select id, version, count(*) over () from Contract" + condition
                + " order by endDate, council, reference", Object[].class);
        where.parameters.map().forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = rows.isEmpty() ? (where.clauses.isEmpty() ? count() : count(where.text(), where.parameters))
                : ((Number) rows.get(0)[2]).longValue();
        return Page.of(rows.stream().map(row -> new Versioned((UUID) row[0], ((Number) row[1]).longValue())).toList(), page, total);
    }

    /** A contract as of a version. */
    public record Versioned(UUID id, long version) {
    }

    /** Contracts to show, not to change: loaded read-only, in no particular order. */
    public List<Contract> withIdsToRead(Collection<UUID> ids) {
        // Read-only: Hibernate keeps no snapshot of rows that are only shown.
        return ids.isEmpty() ? List.of() : find("id in ?1", ids).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** A contract to show, not to change: loaded read-only. */
    public Optional<Contract> findToRead(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Contract.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true)));
    }

    /** The next contracts after an id, in id order: for exports that page through everything with flat memory. */
    public List<Contract> after(UUID id, ContractFilter filter, int limit) {
        Where where = where(filter);
        where.add("id > :after", "after", id == null ? new UUID(0, 0) : id); // PostgreSQL orders uuids as unsigned bytes
        return find(where.text(), Sort.by("id"), where.parameters).page(0, limit).list();
    }

    /**
     * Inserts new contracts through a bulk copy (for imports), each with its audit row in the given revision: the rows
     * Hibernate and Envers would write, at a fraction of their cost. The contracts stay out of the persistence context.
     */
    public void insertAll(List<Contract> created, long revision, BulkCopy bulk) {
        CopyRows rows = CopyRows.into("contract", COLUMNS);
        CopyRows audit = CopyRows.into("contract_aud", AUDIT_COLUMNS);
        for (Contract c : created) {
            values(rows, c);
            values(audit.add(revision).add(AUDIT_ADD), c);
        }
        bulk.copy(rows);
        bulk.copy(audit);
    }

    /** The audit revision of the current transaction, written now unless it is already. */
    public long auditRevision() {
        return AuditReaderFactory.get(getEntityManager()).getCurrentRevision(ContractRevision.class, true).id;
    }

    private static final String[] COLUMNS = {"id", "version", "council", "reference", "title", "description", "department",
        "supplier_name", "supplier_company_number", "supplier_sme", "supplier_vcse", "capability", "start_date", "end_date",
        "extension_options", "notice_period_months", "notice_deadline", "renewal_type", "renewal_period_months",
        "annual_value", "irrecoverable_vat", "procurement_route", "status", "termination_reason", "participants",
        "last_change", "created_at", "updated_at", "regime", "entered_into_on", "awarded_maximum_end", "vat_rate", "kpis",
        "supplier_ppon", "owner_name", "owner_email", "plan_id", "replaces", "replaced_by"};
    private static final String[] AUDIT_COLUMNS = Stream.concat(Stream.of("rev", "revtype"), Arrays.stream(COLUMNS))
            .toArray(String[]::new);
    /** Envers' revision type of an insert ({@code RevisionType.ADD}). */
    private static final byte AUDIT_ADD = RevisionType.ADD.getRepresentation();

    private static void values(CopyRows rows, Contract c) {
        rows.add(c.id).add(c.version).add(c.council).add(c.reference).add(c.title).add(c.description).add(c.department)
                .add(c.supplierName).add(c.supplierCompanyNumber).add(c.supplierSme).add(c.supplierVcse).add(c.capability)
                .add(c.startDate).add(c.endDate).add(EventJson.write(c.extensionOptions)).add(c.noticePeriodMonths)
                .add(c.noticeDeadline).add(c.renewalType).add(c.renewalPeriodMonths).add(c.annualValue.toPlainString())
                .add(c.irrecoverableVat == null ? null : c.irrecoverableVat.toPlainString()).add(c.procurementRoute)
                .add(c.status).add(c.terminationReason).add(EventJson.write(c.participants)).add(c.lastChange)
                .add(c.createdAt).add(c.updatedAt).add(c.regime).add(c.enteredIntoOn).add(c.awardedMaximumEnd)
                .add(c.vatRate.toPlainString()).add(EventJson.write(c.kpis)).add(c.supplierPpon).add(c.ownerName).add(c.ownerEmail).add(c.planId)
                .add(EventJson.write(c.replaces)).add(c.replacedBy).endRow();
    }

    /** The id of every contract by its key: its council and its reference, which is unique within the council. */
    public Map<Key, UUID> idsByKey() {
        Map<Key, UUID> ids = new HashMap<>();
        getEntityManager().createQuery("select c.council, c.reference, c.id from Contract c", Object[].class).getResultStream()
                .forEach(row -> ids.put(new Key((String) row[0], (String) row[1]), (UUID) row[2]));
        return ids;
    }

    /** What identifies a contract to a council: its council and its reference. */
    public record Key(String council, String reference) {
    }

    public List<Contract> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    private static Where where(ContractFilter filter) {
        Where where = new Where();
        if (filter.council() != null) {
            where.add("council = :council", "council", filter.council());
        }
        if (filter.capability() != null) {
            where.add("capability = :capability", "capability", filter.capability());
        }
        if (filter.status() != null) {
            where.add("status = :status", "status", filter.status());
        }
        if (filter.supplier() != null) {
            where.add("lower(supplierName) like :supplier", "supplier",
                    "%" + filter.supplier().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.endFrom() != null) {
            where.add("endDate >= :endFrom", "endFrom", filter.endFrom());
        }
        if (filter.endTo() != null) {
            where.add("endDate <= :endTo", "endTo", filter.endTo());
        }
        if (filter.noticeBefore() != null) {
            where.add("noticeDeadline < :noticeBefore", "noticeBefore", filter.noticeBefore());
        }
        return where;
    }

    /** A query's conditions and their parameters, built up one filter at a time. */
    private static final class Where {
        final List<String> clauses = new ArrayList<>();
        final Parameters parameters = new Parameters();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            parameters.and(name, value);
        }

        String text() {
            return String.join(" and ", clauses);
        }
    }

    public boolean referenceTaken(String council, String reference, UUID except) {
        return !getEntityManager().createQuery("select 1 from Contract where council = ?1 and reference = ?2 and id <> ?3", Integer.class)
                .setParameter(1, council).setParameter(2, reference).setParameter(3, except).setMaxResults(1).getResultList().isEmpty();
    }

    /** Active contracts with a notice deadline or an end within the window, for the deadlines view. */
    /** Contracts under the Procurement Act 2023, whatever their status (an ended one owes a termination notice), read-only. */
    public List<Contract> underTheAct(String council) {
        String query = "regime = :regime" + (council == null ? "" : " and council = :council");
        Parameters parameters = Parameters.with("regime", Regime.PA2023);
        if (council != null) {
            parameters.and("council", council);
        }
        return find(query, parameters).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    public List<Contract> activeWithDatesBetween(LocalDate from, LocalDate to, String council, String capability) {
        StringBuilder query = new StringBuilder(
                "status = :active and ((noticeDeadline between :from and :to) or (endDate between :from and :to))");
        Parameters parameters = Parameters.with("active", ContractStatus.ACTIVE).and("from", from).and("to", to);
        if (council != null) {
            query.append(" and council = :council");
            parameters.and("council", council);
        }
        if (capability != null) {
            query.append(" and capability = :capability");
            parameters.and("capability", capability);
        }
        return list(query.toString(), parameters);
    }

    /** Contracts whose term (start to current end) overlaps the period, whatever their status. */
    public List<Contract> runningBetween(LocalDate from, LocalDate to) {
        return list("startDate <= ?1 and endDate >= ?2", to, from);
    }

    /** Active contracts whose end has passed: they expire, or renew if TACIT. */
    public List<UUID> activeEndedBefore(LocalDate today) {
        return getEntityManager()
                .createQuery("select c.id from Contract c where c.status = :active and c.endDate < :today", UUID.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("today", today).getResultList();
    }
}
