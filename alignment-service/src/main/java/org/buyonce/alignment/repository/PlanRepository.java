package org.buyonce.alignment.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<AlignmentPlan, UUID> {

    public boolean hasOpenPlan(String capability) {
        return count("capability = ?1 and status not in ?2", capability, List.of(PlanStatus.IMPLEMENTED, PlanStatus.CANCELLED)) > 0;
    }

    /** The plan, locked until the transaction ends: councils deciding at the same moment are taken one at a time. */
    /** The plans a contract is recorded on as their joint contract. */
    public List<AlignmentPlan> withJointContract(UUID contract) {
        return list("jointContractId", contract);
    }

    /** AWARDED plans whose joint contract starts on or before a day. */
    public List<AlignmentPlan> awardedStartedBy(LocalDate day) {
        return list("status = ?1 and jointContractStart <= ?2", PlanStatus.AWARDED, day);
    }

    public Optional<AlignmentPlan> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page<AlignmentPlan> search(PlanStatus status, String capability, String council, PageRequest page) {
        PanacheQuery<AlignmentPlan> query = query(status, capability, council);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }

    /** Every plan the filters select, in the order of {@link #search}. */
    public List<AlignmentPlan> all(PlanStatus status, String capability, String council) {
        return query(status, capability, council).list();
    }

    private PanacheQuery<AlignmentPlan> query(PlanStatus status, String capability, String council) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (capability != null) {
            where.add("capability = :capability");
            parameters.and("capability", capability);
        }
        if (council != null) {
            where.add("function('jsonb_exists', councils, :council) = true");
            parameters.and("council", council);
        }
        Sort order = Sort.by("targetDate").and("capability");
        return where.isEmpty() ? findAll(order) : find(String.join(" and ", where), order, parameters);
    }
}
