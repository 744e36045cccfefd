package org.buyonce.contract.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.contract.api.CapabilityDto;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class CapabilityService {

    private final CapabilityRepository capabilities;
    private final Validator validator;

    public CapabilityService(CapabilityRepository capabilities, Validator validator) {
        this.capabilities = capabilities;
        this.validator = validator;
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
        capabilities.persist(capability);
        return toDto(capability);
    }

    private static CapabilityDto toDto(Capability capability) {
        return new CapabilityDto(capability.code, capability.name, capability.cpvCode);
    }
}
