package org.buyonce.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.notice.NoticeRecords;
import org.buyonce.contract.notice.Regime;
import org.buyonce.contract.notice.StatutoryNotices;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.ContractStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writing contracts the same way for one request or an imported file: the entity with its derived state and
 * timestamps, and its event. Callers have checked the request and who may write it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContractRegister {

    /** The version Hibernate gives an entity it inserts; the bulk path gives the same. */
    private static final long FIRST_VERSION = 0;

    private final ContractRepository contracts;
    private final ContractEvents events;
    private final NoticeRecords notices;
    private final Successions successions;
    private final Clock clock;

    public ContractRegister(ContractRepository contracts, ContractEvents events, NoticeRecords notices, Successions successions,
            Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.notices = notices;
        this.successions = successions;
        this.clock = clock;
    }

    /** A new ACTIVE contract (EXPIRED, or renewed if TACIT, when its end has passed), persisted. */
    public Contract newContract(ContractRequest request) {
        Contract contract = unsaved(request);
        contracts.persist(contract);
        if (!contract.replaces.isEmpty()) {
            successions.link(contract, List.of());
        }
        return contract;
    }

    /**
     * New contracts, as {@link #newContract} makes them, written with their audit rows (in the transaction's revision)
     * and their CREATED events through a bulk copy: the import's path.
     */
    public void newContracts(List<ContractRequest> requests, long revision, BulkCopy bulk) {
        if (requests.isEmpty()) {
            return;
        }
        List<Contract> created = requests.stream().map(this::unsaved).toList();
        created.forEach(contract -> {
            contract.version = FIRST_VERSION;
            contract.lastChange = ContractEventType.CREATED;
        });
        contracts.insertAll(created, revision, bulk);
        events.createdAll(created, bulk);
    }

    private Contract unsaved(ContractRequest request) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        ContractMapper.apply(request, contract);
        contract.status = ContractStatus.ACTIVE;
        contract.catchUpWith(today());
        contract.createdAt = Instant.now(clock);
        contract.updatedAt = contract.createdAt;
        return contract;
    }

    /**
     * Applies a request; returns false, and touches nothing, when the contract already says all of it. A change of an
     * Act contract beyond the 10% limits is noted: it owes a change notice from today.
     */
    public boolean change(Contract contract, ContractRequest request) {
        if (!wouldChange(contract, request)) {
            return false;
        }
        StatutoryNotices.Terms before = StatutoryNotices.Terms.of(contract);
        List<UUID> replacedBefore = contract.replaces;
        ContractMapper.apply(request, contract);
        contract.catchUpWith(today());
        contract.updatedAt = Instant.now(clock);
        if (contract.regime == Regime.PA2023) {
            StatutoryNotices.substantialModification(before, StatutoryNotices.Terms.of(contract))
                    .ifPresent(why -> notices.addModification(contract.id, today(), why));
        }
        if (!contract.replaces.isEmpty() || !replacedBefore.isEmpty()) {
            successions.link(contract, replacedBefore);
        }
        return true;
    }

    /**
     * Before a contract is deleted: refused (409) while another contract replaces it; the contracts it replaced are no
     * longer replaced.
     */
    public void beforeDelete(Contract contract) {
        if (contract.replacedBy != null) {
            throw ProblemException.conflict("contract " + contract.id + " is replaced by contract " + contract.replacedBy
                    + ": take it out of that contract's replaces first");
        }
        successions.unlinkAll(contract);
    }

    /** Writes the contract's event; it must be flushed first, so that the event carries this change's version. */
    public void publish(Contract contract, ContractEventType type) {
        events.changed(contract, type);
    }

    /** Whether the request says anything the contract does not: compared as a client would read them. */
    public boolean wouldChange(Contract contract, ContractRequest request) {
        Contract after = new Contract();
        after.id = contract.id;
        after.version = contract.version;
        after.status = contract.status;
        after.terminationReason = contract.terminationReason;
        after.createdAt = contract.createdAt;
        after.updatedAt = contract.updatedAt;
        after.awardedMaximumEnd = contract.awardedMaximumEnd;
        after.replacedBy = contract.replacedBy;
        ContractMapper.apply(request, after);
        after.catchUpWith(today());
        return !ContractMapper.toResponse(after).equals(ContractMapper.toResponse(contract));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
