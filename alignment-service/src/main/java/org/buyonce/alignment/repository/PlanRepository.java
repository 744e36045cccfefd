package org.buyonce.alignment.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<AlignmentPlan, UUID> {

    public boolean hasOpenPlan(String capability) {
        return count("capability = ?1 and status not in ?2", capability, List.of(PlanStatus.IMPLEMENTED, PlanStatus.CANCELLED)) > 0;
    }

    public Page<AlignmentPlan> search(PlanStatus status, String capability, String council, PageRequest page) {
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
        PanacheQuery<AlignmentPlan> query = where.isEmpty() ? findAll(order) : find(String.join(" and ", where), order, parameters);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }
}
