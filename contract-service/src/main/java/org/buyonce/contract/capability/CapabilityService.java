package org.buyonce.contract.capability;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.outbox.Outbox;
import org.buyonce.contract.api.CapabilityDto;
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
    public List<CapabilityDto> list() {
        return capabilities.listByCode().stream().map(CapabilityService::toDto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CapabilityDto> find(String code) {
        return capabilities.findByIdOptional(code).map(CapabilityService::toDto);
    }

    public CapabilityDto create(CapabilityDto request) {
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
        return toDto(capability);
    }

    private void announce(Capability capability) {
        outbox.publish(Topics.CAPABILITIES, capability.code, CapabilityState.CLOUD_EVENT_TYPE,
                new CapabilityState(capability.code, capability.name, capability.cpvCode));
    }

    private static CapabilityDto toDto(Capability capability) {
        return new CapabilityDto(capability.code, capability.name, capability.cpvCode);
    }
}
