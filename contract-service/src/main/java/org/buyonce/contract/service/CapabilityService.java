package org.buyonce.contract.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.outbox.Outbox;
import org.buyonce.contract.Capability;
import org.buyonce.contract.api.CapabilityRequest;
import org.buyonce.contract.api.CapabilityResponse;
import org.buyonce.contract.repository.CapabilityRepository;
import org.buyonce.events.CapabilityEventType;
import org.buyonce.events.CapabilityState;
import org.buyonce.events.Topics;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class CapabilityService {

    private final CapabilityRepository capabilities;
    private final Validator validator;
    private final Outbox outbox;

    public CapabilityService(CapabilityRepository capabilities, Validator validator, Outbox outbox) {
        this.capabilities = capabilities;
        this.validator = validator;
        this.outbox = outbox;
    }

    /** Publishes every capability not published yet; the seeded catalogue goes out at the first start. */
    void announceCatalogue(@Observes StartupEvent startup) {
        capabilities.claimUnannounced().forEach(this::announce);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapabilityResponse> list() {
        return capabilities.listByCode().stream().map(CapabilityService::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CapabilityResponse> find(String code) {
        return capabilities.findByIdOptional(code).map(CapabilityService::toResponse);
    }

    public CapabilityResponse create(CapabilityRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a capability is required");
        }
        List<FieldError> errors = FieldError.of(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (capabilities.exists(request.code())) {
            throw ProblemException.conflict("capability '" + request.code() + "' already exists");
        }
        Capability capability = new Capability();
        capability.code = request.code();
        capability.name = request.name().trim();
        capability.cpvCode = request.cpvCode();
        capability.announced = true;
        capabilities.persist(capability);
        announce(capability);
        return toResponse(capability);
    }

    private void announce(Capability capability) {
        outbox.publish(Topics.CAPABILITIES, capability.code, CapabilityEventType.ANNOUNCED.cloudEventType(),
                new CapabilityState(capability.code, capability.name, capability.cpvCode));
    }

    private static CapabilityResponse toResponse(Capability capability) {
        return new CapabilityResponse(capability.code, capability.name, capability.cpvCode);
    }
}
