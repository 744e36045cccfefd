package org.buyonce.alignment.planner;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An opportunity's assignments, in council order, each assessed by {@link Assessor} when it is read. Planning decides
 * on primitives (the target, every contract's end and spend, the totals); the objects a response or an adopted plan
 * needs, with their actions' texts, are made only there, once, so a million contracts are planned without making a
 * million assignments that would only be turned into JSON.
 */
final class PlannedAssignments extends AbstractList<Assignment> implements RandomAccess {

    private final PlannedContract[] contracts;
    private final LocalDate target;
    private final LocalDate asOf;
    private final Policy policy;
    private final Assessor assessor;

    PlannedAssignments(PlannedContract[] contracts, LocalDate target, LocalDate asOf, Policy policy) {
        this.contracts = contracts;
        this.target = target;
        this.asOf = asOf;
        this.policy = policy;
        this.assessor = new Assessor(asOf, policy);
    }

    @Override
    public Assignment get(int index) {
        return assessor.assess(ContractTimeline.of(contracts[index], asOf, policy), target);
    }

    @Override
    public int size() {
        return contracts.length;
    }
}
