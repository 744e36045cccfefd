package org.buyonce.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.contract.Capability;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class CapabilityRepository implements PanacheRepositoryBase<Capability, String> {

    /** Codes seen in the catalogue: a capability is never removed, so once there it stays (every write checks one). */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public List<Capability> listByCode() {
        return listAll(Sort.by("code"));
    }

    public boolean exists(String code) {
        if (code == null) {
            return false;
        }
        if (known.contains(code)) {
            return true;
        }
        boolean found = !getEntityManager().createQuery("select 1 from Capability where code = ?1", Integer.class)
                .setParameter(1, code).setMaxResults(1).getResultList().isEmpty();
        if (found) {
            known.add(code);
        }
        return found;
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
