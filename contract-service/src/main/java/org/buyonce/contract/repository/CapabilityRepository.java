package org.buyonce.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.contract.Capability;

import java.util.List;

@ApplicationScoped
public class CapabilityRepository implements PanacheRepositoryBase<Capability, String> {

    public List<Capability> listByCode() {
        return listAll(Sort.by("code"));
    }

    public boolean exists(String code) {
        return code != null && count("code", code) > 0;
    }

    /**
     * Marks every capability not yet announced as announced, and returns them: claimed in one statement, so that of
     * several replicas starting together only one announces each.
     */
    @SuppressWarnings("unchecked")
    public List<Capability> claimUnannounced() {
        List<String> codes = getEntityManager()
                .createNativeQuery("UPDATE capability SET announced = true WHERE announced = false RETURNING code")
                .getResultList();
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }
}
