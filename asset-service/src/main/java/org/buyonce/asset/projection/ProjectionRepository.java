package org.buyonce.asset.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProjectionRepository {

    private final EntityManager entityManager;

    public ProjectionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SupportingContract contract(UUID id) {
        return id == null ? null : entityManager.find(SupportingContract.class, id);
    }

    public KnownCapability capability(String code) {
        return entityManager.find(KnownCapability.class, code);
    }

    public boolean isKnownCapability(String code) {
        return code != null && capability(code) != null;
    }

    public Set<String> capabilityCodes() {
        return entityManager.createQuery("select c.code from KnownCapability c", String.class).getResultStream()
                .collect(Collectors.toSet());
    }

    public List<KnownCapability> capabilities() {
        return entityManager.createQuery("from KnownCapability order by code", KnownCapability.class).getResultList();
    }

    public void save(Object projection) {
        entityManager.persist(projection);
    }

    public void remove(Object projection) {
        entityManager.remove(projection);
    }
}
