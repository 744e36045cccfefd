package org.buyonce.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.asset.api.CapabilityResponse;
import org.buyonce.asset.repository.ProjectionRepository;

import java.util.List;

/** The capabilities catalogue as contract-service published it: the codes assets may use. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CapabilityService {

    private final ProjectionRepository projections;

    public CapabilityService(ProjectionRepository projections) {
        this.projections = projections;
    }

    public List<CapabilityResponse> list() {
        return projections.capabilities().stream().map(c -> new CapabilityResponse(c.code, c.name, c.cpvCode)).toList();
    }
}
