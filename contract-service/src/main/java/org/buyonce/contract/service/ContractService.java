package org.buyonce.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.security.Caller;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.ContractResponse;
import org.buyonce.contract.api.TerminationRequest;
import org.buyonce.contract.repository.ContractFilter;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Records contracts and applies their lifecycle. Every change commits together with its {@code contract-renewals}
 * event in the outbox, or not at all.
 */
@ApplicationScoped
@Transactional
public class ContractService {

    private final ContractRepository contracts;
    private final ContractValidator validator;
    private final ContractEvents events;
    private final ContractRegister register;
    private final Caller caller;
    private final Clock clock;
    private final ShownContracts shown;

    public ContractService(ContractRepository contracts, ContractValidator validator, ContractEvents events,
            ContractRegister register, Caller caller, Clock clock, ShownContracts shown) {
        this.contracts = contracts;
        this.shown = shown;
        this.validator = validator;
        this.events = events;
        this.register = register;
        this.caller = caller;
        this.clock = clock;
    }

    public ContractResponse create(ContractRequest request) {
        validator.validate(request);
        ExpectedVersion.refuseOnCreate(request.version());
        caller.requireActsFor(request.council(), "record contracts");
        checkReferenceIsFree(request, null);
        return changed(register.newContract(request), ContractEventType.CREATED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractResponse> find(UUID id) {
        return contracts.findToRead(id).map(ContractMapper::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContractResponse> list(ContractFilter filter, PageRequest page) {
        Page<ContractRepository.Versioned> found = contracts.search(filter, page);
        return new Page<>(shown.of(found.items(), contracts::withIdsToRead), found.page(), found.size(), found.totalItems(),
                found.totalPages());
    }

    public ContractResponse update(UUID id, ContractRequest request, String ifMatch) {
        Contract contract = load(id);
        caller.requireActsFor(contract.council, "change the contracts");
        ExpectedVersion.of(ifMatch, request == null ? null : request.version()).check(contract.version);
        validator.validate(request);
        caller.requireActsFor(request.council(), "move a contract to the contracts");
        if (contract.status == ContractStatus.TERMINATED) {
            throw ProblemException.conflict("contract " + id + " is terminated and can no longer change");
        }
        if (!request.council().equals(contract.council) || !request.reference().trim().equals(contract.reference)) {
            checkReferenceIsFree(request, id); // its own council and reference are its own
        }
        if (!register.change(contract, request)) {
            return ContractMapper.toResponse(contract);
        }
        return changed(contract, ContractEventType.CHANGED);
    }

    public void delete(UUID id, String ifMatch) {
        Contract contract = load(id);
        caller.requireActsFor(contract.council, "delete the contracts");
        ExpectedVersion expected = ExpectedVersion.optional(ifMatch);
        if (expected != null) {
            expected.check(contract.version);
        }
        register.beforeDelete(contract);
        contracts.delete(contract);
        events.deleted(id);
    }

    /** Uses the next AVAILABLE option: allowed while its decision date (current end minus notice) has not passed. */
    public ContractResponse exerciseOption(UUID id, String ifMatch) {
        Contract contract = loadActive(id, ifMatch);
        if (contract.renewalType == RenewalType.TACIT) {
            throw ProblemException.conflict("a TACIT contract renews by its renewal period and has no extension options");
        }
        int index = contract.nextOptionIndex().orElseThrow(() -> ProblemException.conflict("contract " + id + " has no extension option left"));
        LocalDate decisionDate = contract.optionDecisionDate();
        if (decisionDate.isBefore(today())) {
            throw ProblemException.conflict("the decision date of option " + (index + 1) + " was " + decisionDate
                    + " (end " + contract.endDate + " minus " + contract.noticePeriodMonths + " months' notice); it can no longer be exercised");
        }
        contract.exerciseNextOption();
        contract.updatedAt = Instant.now(clock);
        return changed(contract, ContractEventType.OPTION_EXERCISED);
    }

    public ContractResponse declineOption(UUID id, String ifMatch) {
        Contract contract = loadActive(id, ifMatch);
        contract.nextOptionIndex().orElseThrow(() -> ProblemException.conflict("contract " + id + " has no extension option left"));
        contract.declineNextOption();
        contract.updatedAt = Instant.now(clock);
        return changed(contract, ContractEventType.OPTION_DECLINED);
    }

    public ContractResponse terminate(UUID id, @Valid @NotNull TerminationRequest request, String ifMatch) {
        Contract contract = loadActive(id, ifMatch);
        LocalDate on = request.terminationDate();
        if (on.isBefore(contract.startDate) || on.isAfter(contract.endDate)) {
            throw ProblemException.invalid("terminationDate", "must be between the start (" + contract.startDate
                    + ") and the current end (" + contract.endDate + ")");
        }
        contract.terminate(on, request.reason());
        contract.updatedAt = Instant.now(clock);
        return changed(contract, ContractEventType.TERMINATED);
    }

    /**
     * Expires (or, if TACIT, renews) an active contract whose end has passed. Returns false if there was nothing to do,
     * for instance because another replica did it first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean catchUp(UUID id) {
        Optional<Contract> found = contracts.findByIdOptional(id);
        if (found.isEmpty()) {
            return false;
        }
        Contract contract = found.get();
        return contract.catchUpWith(today()).map(change -> {
            contract.updatedAt = Instant.now(clock);
            changed(contract, change == Contract.ContractStatusChange.EXPIRED ? ContractEventType.EXPIRED
                    : change == Contract.ContractStatusChange.RENEWED ? ContractEventType.RENEWED : ContractEventType.CHANGED);
            return true;
        }).orElse(false);
    }

    private ContractResponse changed(Contract contract, ContractEventType type) {
        contracts.flush(); // assigns the new version, and fails now if another request changed the contract meanwhile
        events.changed(contract, type);
        return ContractMapper.toResponse(contract);
    }

    /**
     * The contract an exercise, decline or termination acts on. If-Match is required: a client that retries a call
     * that timed out must not exercise the next option too.
     */
    private Contract loadActive(UUID id, String ifMatch) {
        Contract contract = load(id);
        caller.requireActsFor(contract.council, "change the contracts");
        ExpectedVersion.of(ifMatch, null).check(contract.version);
        if (contract.status != ContractStatus.ACTIVE) {
            throw ProblemException.conflict("contract " + id + " is " + contract.status + "; only an ACTIVE contract can change this way");
        }
        return contract;
    }

    private Contract load(UUID id) {
        return contracts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    }

    /** Runs before the contract is touched (null: a new one): a query would otherwise flush a half-applied change (and bump the version twice). */
    private void checkReferenceIsFree(ContractRequest request, UUID id) {
        String reference = request.reference().trim();
        if (contracts.referenceTaken(request.council(), reference, id == null ? new UUID(0, 0) : id)) {
            throw ProblemException.conflict("council " + request.council() + " already has a contract with reference '" + reference + "'");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
