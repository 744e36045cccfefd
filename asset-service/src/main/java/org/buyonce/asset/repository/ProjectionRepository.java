package org.buyonce.asset.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.buyonce.asset.projection.KnownCapability;
import org.buyonce.asset.projection.SupportingContract;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What this service knows of contract-service, from its topics: supporting contracts and the capabilities catalogue. */
@ApplicationScoped
public class ProjectionRepository {

    private final EntityManager entityManager;

    public ProjectionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SupportingContract contract(UUID id) {
        return id == null ? null : entityManager.find(SupportingContract.class, id);
    }

    public boolean isKnownCapability(String code) {
        return code != null && entityManager.find(KnownCapability.class, code) != null;
    }

    public Set<String> capabilityCodes() {
        return entityManager.createQuery("select c.code from KnownCapability c", String.class).getResultStream()
                .collect(Collectors.toSet());
    }

    public List<KnownCapability> capabilities() {
        return entityManager.createQuery("from KnownCapability order by code", KnownCapability.class).getResultList();
    }
}
