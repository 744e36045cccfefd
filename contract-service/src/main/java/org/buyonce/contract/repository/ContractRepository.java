package org.buyonce.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.contract.Contract;
import org.buyonce.events.ContractStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    private static final Sort BY_END = Sort.by("endDate").and("council").and("reference");

    public Page<Contract> search(ContractFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.council() != null) {
            where.add("council = :council");
            parameters.and("council", filter.council());
        }
        if (filter.capability() != null) {
            where.add("capability = :capability");
            parameters.and("capability", filter.capability());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.supplier() != null) {
            where.add("lower(supplierName) like :supplier");
            parameters.and("supplier", "%" + filter.supplier().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.endFrom() != null) {
            where.add("endDate >= :endFrom");
            parameters.and("endFrom", filter.endFrom());
        }
        if (filter.endTo() != null) {
            where.add("endDate <= :endTo");
            parameters.and("endTo", filter.endTo());
        }
        if (filter.noticeBefore() != null) {
            where.add("noticeDeadline < :noticeBefore");
            parameters.and("noticeBefore", filter.noticeBefore());
        }
        PanacheQuery<Contract> query = where.isEmpty() ? findAll(BY_END)
                : find(String.join(" and ", where), BY_END, parameters);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }

    public boolean referenceTaken(String council, String reference, UUID except) {
        return count("council = ?1 and reference = ?2 and id <> ?3", council, reference, except) > 0;
    }

    /** Active contracts with a notice deadline or an end within the window, for the deadlines view. */
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

    /** Active contracts whose end has passed: they expire, or renew if TACIT. */
    public List<UUID> activeEndedBefore(LocalDate today) {
        return getEntityManager()
                .createQuery("select c.id from Contract c where c.status = :active and c.endDate < :today", UUID.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("today", today).getResultList();
    }
}
