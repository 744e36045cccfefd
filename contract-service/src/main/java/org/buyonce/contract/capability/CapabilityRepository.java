package org.buyonce.contract.capability;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CapabilityRepository implements PanacheRepositoryBase<Capability, String> {

    public List<Capability> listByCode() {
        return listAll(Sort.by("code"));
    }

    public boolean exists(String code) {
        return code != null && count("code", code) > 0;
    }
}
