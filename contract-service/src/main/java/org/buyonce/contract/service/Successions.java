package org.buyonce.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.contract.Contract;
import org.buyonce.contract.Participant;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.events.ContractEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contracts a contract replaces, and on each of them {@code replacedBy}: a replaced contract changes (a new version
 * and its event) when a successor names it and when the successor stops naming it or is deleted.
 */
@ApplicationScoped
class Successions {

    private final ContractRepository contracts;
    private final ContractEvents events;
    private final Clock clock;

    Successions(ContractRepository contracts, ContractEvents events, Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is wrong with the contracts a successor names, each as {@code replaces[i]}: one missing, itself, of another
     * capability, already replaced by another, of a council that takes no part in it, named twice, or one that it
     * already (through its own successors) replaces the other way round.
     */
    List<FieldError> problems(Contract successor) {
        Map<UUID, Contract> named = contracts.withIds(successor.replaces).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Set<UUID> successors = successorsOf(successor);
        Set<String> councils = councilsOf(successor);
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < successor.replaces.size(); i++) {
            UUID id = successor.replaces.get(i);
            Contract replaced = named.get(id);
            String problem = !seen.add(id) ? "contract " + id + " is named twice"
                    : id.equals(successor.id) ? "a contract cannot replace itself"
                    : replaced == null ? "no contract " + id + " is recorded"
                    : !replaced.capability.equals(successor.capability) ? "contract " + replaced.reference + " is for "
                            + replaced.capability + ", not " + successor.capability + ": a contract replaces only contracts of its capability"
                    : replaced.replacedBy != null && !replaced.replacedBy.equals(successor.id) ? "contract " + replaced.reference
                            + " is already replaced by contract " + replaced.replacedBy
                    : successors.contains(id) ? "contract " + replaced.reference + " already replaces this contract (through "
                            + "its successors): replacing it back would make a cycle"
                    : !councils.contains(replaced.council) ? "contract " + replaced.reference + " is " + replaced.council
                            + "'s: a contract replaces another council's only as a joint contract in which that council takes part "
                            + "(participants)"
                    : null;
            if (problem != null) {
                errors.add(new FieldError("replaces[" + i + "]", problem));
            }
        }
        return errors;
    }

    /** Checks the successor's replaces (400, naming each problem) and links them, unlinking those it no longer names. */
    void link(Contract successor, List<UUID> before) {
        List<FieldError> errors = problems(successor);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Set<UUID> dropped = new HashSet<>(before);
        successor.replaces.forEach(dropped::remove);
        List<Contract> changed = new ArrayList<>();
        for (Contract replaced : contracts.withIds(successor.replaces)) {
            if (!successor.id.equals(replaced.replacedBy)) {
                replaced.replacedBy = successor.id;
                changed.add(replaced);
            }
        }
        changed.addAll(unlinked(successor.id, dropped));
        publish(changed);
    }

    /** Before a successor is deleted: the contracts it replaced are no longer replaced. */
    void unlinkAll(Contract successor) {
        publish(unlinked(successor.id, successor.replaces));
    }

    private List<Contract> unlinked(UUID successor, Collection<UUID> ids) {
        List<Contract> changed = new ArrayList<>();
        for (Contract replaced : contracts.withIds(ids)) {
            if (successor.equals(replaced.replacedBy)) {
                replaced.replacedBy = null;
                changed.add(replaced);
            }
        }
        return changed;
    }

    private void publish(List<Contract> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        changed.forEach(contract -> contract.updatedAt = now);
        contracts.flush(); // their new versions, for their events; a concurrent change of one of them fails here
        changed.forEach(contract -> events.changed(contract, ContractEventType.CHANGED));
    }

    /** The contracts that (transitively) replace this one. */
    private Set<UUID> successorsOf(Contract contract) {
        Set<UUID> successors = new HashSet<>();
        UUID next = contract.replacedBy;
        while (next != null && successors.add(next)) {
            next = contracts.findByIdOptional(next).map(c -> c.replacedBy).orElse(null);
        }
        return successors;
    }

    private static Set<String> councilsOf(Contract contract) {
        Set<String> councils = new HashSet<>();
        councils.add(contract.council);
        contract.participants.stream().map(Participant::council).forEach(councils::add);
        return councils;
    }
}
