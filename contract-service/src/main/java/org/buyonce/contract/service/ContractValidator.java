package org.buyonce.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.ParticipantRequest;
import org.buyonce.contract.repository.CapabilityRepository;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a contract as written by a client, field rules and cross-field rules together, so that one response lists
 * everything that is wrong. Nothing is written unless all of it holds.
 */
@ApplicationScoped
public class ContractValidator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Validator validator;
    private final Partnership partnership;
    private final CapabilityRepository capabilities;

    public ContractValidator(Validator validator, Partnership partnership, CapabilityRepository capabilities) {
        this.validator = validator;
        this.partnership = partnership;
        this.capabilities = capabilities;
    }

    public void validate(ContractRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a contract is required");
        }
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public List<FieldError> errors(ContractRequest request) {
        return errors(request, capabilities::exists);
    }

    /**
     * Everything wrong with a contract, field rules and cross-field rules together; empty when it may be written.
     * {@code knownCapability} says whether a capability code is in the catalogue.
     */
    public List<FieldError> errors(ContractRequest request, Predicate<String> knownCapability) {
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.council() != null && !request.council().isBlank() && !partnership.isMember(request.council())) {
            errors.add(new FieldError("council", "unknown council '" + request.council() + "'; the partnership's councils are " + partnership.codes()));
        }
        if (request.capability() != null && !request.capability().isBlank() && !knownCapability.test(request.capability())) {
            errors.add(new FieldError("capability", "unknown capability '" + request.capability() + "'; see GET /capabilities"));
        }
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate (" + request.startDate() + ")"));
        }
        if (request.startDate() != null && request.awardedMaximumEnd() != null && request.awardedMaximumEnd().isBefore(request.startDate())) {
            errors.add(new FieldError("awardedMaximumEnd", "must not be before startDate (" + request.startDate() + ")"));
        }
        if (request.endDate() != null && request.enteredIntoOn() != null && request.enteredIntoOn().isAfter(request.endDate())) {
            errors.add(new FieldError("enteredIntoOn", "must not be after endDate (" + request.endDate() + ")"));
        }
        checkRenewalTerms(request, errors);
        checkParticipants(request, errors);
        return errors;
    }

    private void checkRenewalTerms(ContractRequest request, List<FieldError> errors) {
        if (request.renewalType() == RenewalType.TACIT) {
            if (request.renewalPeriodMonths() == null) {
                errors.add(new FieldError("renewalPeriodMonths", "is required for a TACIT contract"));
            }
            if (!request.extensionOptionsOrEmpty().isEmpty()) {
                errors.add(new FieldError("extensionOptions", "a TACIT contract renews by its renewal period and has no extension options"));
            }
        } else if (request.renewalType() == RenewalType.FIXED && request.renewalPeriodMonths() != null) {
            errors.add(new FieldError("renewalPeriodMonths", "applies to TACIT contracts only"));
        }
    }

    private void checkParticipants(ContractRequest request, List<FieldError> errors) {
        List<ParticipantRequest> participants = request.participantsOrEmpty();
        if (participants.isEmpty() || participants.stream().anyMatch(p -> p == null || p.council() == null || p.sharePercent() == null)) {
            return; // absent, or already reported by the field rules
        }
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < participants.size(); i++) {
            ParticipantRequest participant = participants.get(i);
            if (!partnership.isMember(participant.council())) {
                errors.add(new FieldError("participants[" + i + "].council", "unknown council '" + participant.council() + "'"));
            }
            if (!seen.add(participant.council())) {
                errors.add(new FieldError("participants[" + i + "].council", "council " + participant.council() + " is listed twice"));
            }
            total = total.add(participant.sharePercent());
        }
        if (total.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("participants", "shares must sum to 100; they sum to " + total.stripTrailingZeros().toPlainString()));
        }
        if (request.council() != null && !seen.contains(request.council())) {
            errors.add(new FieldError("participants", "must include the contract's own council " + request.council()));
        }
    }
}
