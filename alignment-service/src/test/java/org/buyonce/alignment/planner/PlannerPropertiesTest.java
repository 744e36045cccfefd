package org.buyonce.alignment.planner;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.buyonce.dates.Months;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the contracts, a plan is feasible, and the fast target selection matches trying every candidate. */
class PlannerPropertiesTest {

    private final AlignmentPlanner planner = new AlignmentPlanner();

    @Property(tries = 400)
    void everyPlanIsFeasible(@ForAll("scenarios") Scenario scenario) {
        Optional<Opportunity> plan = scenario.plan(planner);
        if (plan.isEmpty()) {
            return;
        }
        Opportunity opportunity = plan.get();
        LocalDate target = opportunity.targetDate();
        assertThat(target).isAfterOrEqualTo(Months.plus(scenario.asOf, scenario.policy.leadTimeMonths()));
        assertThat(opportunity.councils()).hasSizeGreaterThanOrEqualTo(2);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        Set<String> councils = new TreeSet<>();
        LocalDate firstDeadline = opportunity.procurementStart();
        CapabilityColumns columns = CapabilityColumns.of(scenario.contracts, scenario.asOf, scenario.policy);
        for (Assignment part : opportunity.assignments()) {
            List<LocalDate> ends = ends(part.contract(), scenario.asOf);
            // what planning decided on primitives agrees with the assessment made when the assignment is read
            int i = scenario.contracts.indexOf(part.contract());
            int end = columns.reached(i, target.toEpochDay());
            assertThat(part.role()).isEqualTo(roleOf(columns, end, target.toEpochDay()));
            assertThat(BigDecimal.valueOf(columns.spendAt(i, target.toEpochDay()), 2)).isEqualByComparingTo(part.unalignedSpend());
            switch (part.role()) {
                case ALIGNED -> assertThat(ends).contains(target);
                case BRIDGED -> {
                    LocalDate from = target.minusDays(part.daysOff());
                    assertThat(ends).contains(from); // it reaches the end it is bridged from
                    assertThat(part.daysOff()).isPositive();
                    assertThat(target).isBeforeOrEqualTo(Months.plus(from, scenario.policy.maxBridgeMonths())); // never beyond B
                }
                case JOINS_LATER -> {
                    assertThat(ends).contains(part.joinDate()); // it does not lapse before it joins
                    assertThat(part.joinDate()).isAfter(target).isEqualTo(target.plusDays(part.daysOff()));
                }
                case CANNOT_REACH -> assertThat(part.reason()).isNotBlank();
            }
            for (Action action : part.actions()) {
                assertThat(action.deadline()).isAfterOrEqualTo(scenario.asOf);
            }
            if (part.included()) {
                total = total.add(part.unalignedSpend());
                covered = covered.add(part.contract().annualValue());
                councils.add(part.contract().council());
                firstDeadline = part.actions().stream().map(Action::deadline).reduce(firstDeadline, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        assertThat(opportunity.unalignedSpend()).isEqualByComparingTo(total);
        assertThat(opportunity.annualSpendCovered()).isEqualByComparingTo(covered);
        assertThat(opportunity.councils()).containsExactlyElementsOf(councils);
        assertThat(opportunity.firstDeadline()).isEqualTo(firstDeadline);
    }

    private static Role roleOf(CapabilityColumns columns, int end, long day) {
        if (end == CapabilityColumns.UNREACHABLE) {
            return Role.CANNOT_REACH;
        }
        long reached = columns.ends[end];
        return reached == day ? Role.ALIGNED : reached < day ? Role.BRIDGED : Role.JOINS_LATER;
    }

    @Property(tries = 400)
    void theChosenTargetIsTheBestCandidate(@ForAll("scenarios") Scenario scenario) {
        Optional<LocalDate> bruteForce = bruteForceTarget(scenario);

        assertThat(scenario.plan(planner).map(Opportunity::targetDate)).isEqualTo(bruteForce);
    }

    /** The rules read literally: evaluate every candidate exactly, keep the best. */
    private static Optional<LocalDate> bruteForceTarget(Scenario scenario) {
        LocalDate first = Months.plus(scenario.asOf, scenario.policy.leadTimeMonths());
        TreeSet<LocalDate> candidates = new TreeSet<>(List.of(first));
        for (PlannedContract contract : scenario.contracts) {
            for (LocalDate end : ends(contract, scenario.asOf)) {
                candidates.add(end);
                candidates.add(Months.plus(end, scenario.policy.maxBridgeMonths()));
            }
        }
        if (scenario.contracts.stream().map(PlannedContract::council).distinct().count() < 2) {
            return Optional.empty();
        }
        Assessor assessor = new Assessor(scenario.asOf, scenario.policy);
        record Score(LocalDate target, long included, BigDecimal spend) {
        }
        List<Score> scores = new ArrayList<>();
        for (LocalDate target : candidates.tailSet(first)) {
            List<Assignment> parts = scenario.contracts.stream()
                    .map(c -> assessor.assess(ContractTimeline.of(c, scenario.asOf, scenario.policy), target)).filter(Assignment::included).toList();
            if (parts.stream().map(p -> p.contract().council()).distinct().count() >= 2) {
                scores.add(new Score(target, parts.size(),
                        parts.stream().map(Assignment::unalignedSpend).reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        return scores.stream().min(Comparator.comparingLong((Score s) -> -s.included())
                .thenComparing(Score::spend).thenComparing(Score::target)).map(Score::target);
    }

    private static List<LocalDate> ends(PlannedContract contract, LocalDate asOf) {
        ContractTimeline timeline = ContractTimeline.of(contract, asOf, Policy.DEFAULT);
        List<LocalDate> ends = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            ends.add(timeline.end(i));
        }
        return ends;
    }

    record Scenario(LocalDate asOf, Policy policy, List<PlannedContract> contracts) {
        Optional<Opportunity> plan(AlignmentPlanner planner) {
            return planner.planCapability("telephony", contracts, null, asOf, policy);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<LocalDate> asOf = Arbitraries.integers().between(0, 3 * 365).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
        Arbitrary<Policy> policy = Combinators.combine(Arbitraries.integers().between(0, 18), Arbitraries.integers().between(0, 24))
                .as(Policy::new);
        return Combinators.combine(asOf, policy, contract().list().ofMinSize(1).ofMaxSize(8))
                .as((date, rules, drafts) -> new Scenario(date, rules, drafts.stream().map(d -> d.at(date)).toList()));
    }

    /** A contract relative to the planning date, so that ends fall around it. */
    private record Draft(String council, int endOffsetDays, int notice, boolean tacit, int renewal, List<Integer> options, int pence) {
        PlannedContract at(LocalDate asOf) {
            return new PlannedContract(UUID.randomUUID(), council, "telephony", council + endOffsetDays, "t",
                    asOf.plusDays(endOffsetDays), notice, tacit ? RenewalType.TACIT : RenewalType.FIXED,
                    tacit ? renewal : null, tacit ? List.of() : options, value());
        }

        /** Mostly pence; some with a tenth of a penny, some near numeric(14,2)'s largest: costed exactly, not in a long. */
        private BigDecimal value() {
            if (pence % 11 == 0) {
                return BigDecimal.valueOf(99_999_999_999_999L - pence, 2);
            }
            return pence % 5 == 0 ? BigDecimal.valueOf(pence * 10L + 5, 3) : BigDecimal.valueOf(pence, 2);
        }
    }

    private Arbitrary<Draft> contract() {
        return Combinators.combine(
                Arbitraries.of("CAM", "HDC", "SCDC", "ELY"),
                Arbitraries.integers().between(-90, 6 * 365),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 4).map(n -> n == 0),
                Arbitraries.integers().between(1, 36),
                Arbitraries.integers().between(1, 24).list().ofMaxSize(3),
                Arbitraries.integers().between(0, 100_000_000)).as(Draft::new);
    }
}
