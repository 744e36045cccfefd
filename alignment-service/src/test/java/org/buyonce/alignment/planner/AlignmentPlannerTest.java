package org.buyonce.alignment.planner;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.alignment.planner.Contracts.fixed;
import static org.buyonce.alignment.planner.Contracts.tacit;

/** The rules of docs/planner.md, pinned with exact dates and amounts. */
class AlignmentPlannerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private final AlignmentPlanner planner = new AlignmentPlanner();

    // The worked example: telephony, every notice 3 months.
    private final PlannedContract cam = fixed("CAM", "telephony", "2027-03-31", 3, List.of(12, 12), "120000");
    private final PlannedContract hdc = fixed("HDC", "telephony", "2028-03-31", 3, List.of(), "90000");
    private final PlannedContract scdc = fixed("SCDC", "telephony", "2026-12-31", 3, List.of(), "60000");

    @Test
    void workedExampleChoosesTheEndOfMarch2027() {
        Opportunity plan = plan(cam, hdc, scdc).orElseThrow();

        assertThat(plan.targetDate()).isEqualTo("2027-03-31");
        assertThat(plan.procurementStart()).isEqualTo("2026-06-30");
        assertThat(plan.councils()).containsExactly("CAM", "HDC", "SCDC");
        assertThat(plan.unalignedSpend()).isEqualByComparingTo("105041.10");
        assertThat(plan.annualSpendCovered()).isEqualByComparingTo("270000");

        Assignment camPart = part(plan, cam);
        assertThat(camPart.role()).isEqualTo(Role.ALIGNED);
        assertThat(camPart.actions()).isEmpty(); // no option needed
        assertThat(camPart.joinDate()).isEqualTo("2027-03-31");

        Assignment hdcPart = part(plan, hdc);
        assertThat(hdcPart.role()).isEqualTo(Role.JOINS_LATER);
        assertThat(hdcPart.daysOff()).isEqualTo(366);
        assertThat(hdcPart.unalignedSpend()).isEqualByComparingTo("90246.58");
        assertThat(hdcPart.joinDate()).isEqualTo("2028-03-31");
        assertThat(hdcPart.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.JOIN);
            assertThat(action.deadline()).isEqualTo("2028-03-31");
        });

        Assignment scdcPart = part(plan, scdc);
        assertThat(scdcPart.role()).isEqualTo(Role.BRIDGED);
        assertThat(scdcPart.daysOff()).isEqualTo(90);
        assertThat(scdcPart.unalignedSpend()).isEqualByComparingTo("14794.52");
        assertThat(scdcPart.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.NEGOTIATE_BRIDGE);
            assertThat(action.deadline()).isEqualTo("2026-09-30"); // end 2026-12-31 minus 3 months' notice
        });
    }

    @Test
    void workedExampleAlternativesCostWhatTheDesignSays() {
        assertThat(spendAt("2027-12-31")).isEqualByComparingTo("112356.17");
        assertThat(spendAt("2026-10-01")).isEqualByComparingTo("209342.46");
    }

    @Test
    void reachingALaterEndNamesEachOptionToExerciseAndItsDecisionDate() {
        Assessor assessor = new Assessor(AS_OF, Policy.DEFAULT);
        Assignment camAt2029 = assessor.assess(ContractTimeline.of(cam, AS_OF, Policy.DEFAULT), LocalDate.of(2029, 3, 31));

        assertThat(camAt2029.role()).isEqualTo(Role.ALIGNED);
        assertThat(camAt2029.actions()).extracting(Action::type).containsExactly(ActionType.EXERCISE_OPTION, ActionType.EXERCISE_OPTION);
        assertThat(camAt2029.actions()).extracting(Action::deadline)
                .containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31));
    }

    @Test
    void optionsFromAMonthEndStayOnMonthEndsAndDeadlinesErrEarly() {
        PlannedContract contract = fixed("CAM", "printing", "2026-12-31", 3, List.of(2, 2), "1000");

        ContractTimeline timeline = ContractTimeline.of(contract, AS_OF, Policy.DEFAULT);

        assertThat(timeline.end(1)).isEqualTo("2027-02-28");
        assertThat(timeline.end(2)).isEqualTo("2027-04-30"); // 2026-12-31 + 4 months, a month end: not 2027-04-28
        Assignment at = new Assessor(AS_OF, Policy.DEFAULT).assess(timeline, LocalDate.of(2027, 4, 30));
        assertThat(at.role()).isEqualTo(Role.ALIGNED);
        // Decision dates subtract plainly: 2027-02-28 - 3 = 2026-11-28, never later than the true date.
        assertThat(at.actions()).extracting(Action::deadline).containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 28));
    }

    @Test
    void scdcIct009sTwoSixMonthOptionsReachTheMonthEndWithNoTwoDayBridge() {
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        PlannedContract scdc = fixed("SCDC", "hosting", "2027-08-31", 3, List.of(6, 6), "60000");

        ContractTimeline timeline = ContractTimeline.of(scdc, asOf, Policy.DEFAULT);

        assertThat(timeline.end(1)).isEqualTo("2028-02-29");
        assertThat(timeline.end(2)).isEqualTo("2028-08-31");
        Assignment at = new Assessor(asOf, Policy.DEFAULT).assess(timeline, LocalDate.of(2028, 8, 31));
        assertThat(at.role()).isEqualTo(Role.ALIGNED);
        assertThat(at.unalignedSpend()).isEqualByComparingTo("0");
    }

    @Test
    void anOptionWhoseDecisionDateHasPassedCannotBeUsed() {
        LocalDate asOf = LocalDate.of(2027, 1, 1); // CAM's option 1 had to be decided by 2026-12-31

        ContractTimeline timeline = ContractTimeline.of(cam, asOf, Policy.DEFAULT);

        assertThat(timeline.size()).isEqualTo(1);
        assertThat(timeline.end(0)).isEqualTo("2027-03-31");
    }

    @Test
    void aLaterOptionIsUnusableOnceAnEarlierOneIs() {
        PlannedContract contract = fixed("CAM", "printing", "2026-02-28", 3, List.of(12, 12), "1000");

        // decision for option 1: 2025-11-28, before asOf: neither option can be used
        assertThat(ContractTimeline.of(contract, AS_OF, Policy.DEFAULT).size()).isEqualTo(1);
    }

    @Test
    void aTacitContractEndsOnlyWhereNoticeCanStillBeGiven() {
        LocalDate asOf = LocalDate.of(2026, 4, 15);
        PlannedContract contract = tacit("HDC", "printing", "2026-06-30", 3, 12, "36500");

        ContractTimeline timeline = ContractTimeline.of(contract, asOf, Policy.DEFAULT);

        // 2026-06-30 needed notice by 2026-03-30, before asOf: it renews
        assertThat(timeline.end(0)).isEqualTo("2027-06-30");
        assertThat(timeline.end(1)).isEqualTo("2028-06-30");
        assertThat(timeline.end(timeline.size() - 1)).isEqualTo("2035-06-30"); // up to asOf + 10 years
        Assignment aligned = new Assessor(asOf, Policy.DEFAULT).assess(timeline, LocalDate.of(2028, 6, 30));
        assertThat(aligned.role()).isEqualTo(Role.ALIGNED);
        assertThat(aligned.actions()).singleElement().satisfies(action -> {
            assertThat(action.type()).isEqualTo(ActionType.GIVE_NOTICE);
            assertThat(action.deadline()).isEqualTo("2028-03-30");
        });
    }

    @Test
    void aTieBetweenBridgingAndJoiningLaterJoinsLater() {
        PlannedContract contract = fixed("CAM", "printing", "2027-01-31", 3, List.of(1), "36500"); // ends 01-31 or 02-28

        Assignment midway = new Assessor(AS_OF, Policy.DEFAULT).assess(ContractTimeline.of(contract, AS_OF, Policy.DEFAULT), LocalDate.of(2027, 2, 14));

        assertThat(midway.role()).isEqualTo(Role.JOINS_LATER); // 14 days either way
        assertThat(midway.daysOff()).isEqualTo(14);
        assertThat(midway.joinDate()).isEqualTo("2027-02-28");
        assertThat(midway.unalignedSpend()).isEqualByComparingTo("1400.00");
    }

    @Test
    void aBridgeBeyondATenthOfAnActContractsAwardedTermNeedsAChangeNoticeByTheSameDeadline() {
        LocalDate target = LocalDate.of(2027, 3, 31); // SCDC's 2026-12-31 end bridged 90 days

        Assignment twoYears = new Assessor(AS_OF, Policy.DEFAULT).assess(ContractTimeline.of(underTheAct(scdc, 730), AS_OF,
                Policy.DEFAULT), target);
        assertThat(twoYears.actions()).extracting(Action::type)
                .containsExactly(ActionType.NEGOTIATE_BRIDGE, ActionType.PUBLISH_CHANGE_NOTICE);
        assertThat(twoYears.actions().get(1).deadline()).isEqualTo("2026-09-30");
        assertThat(twoYears.actions().get(1).detail()).isEqualTo("Publish a contract change notice (UK10) before agreeing the "
                + "extension: 90 days is more than 10% of the awarded maximum term of 730 days, a substantial modification "
                + "under the Procurement Act 2023, lawful only on a Schedule 8 ground");

        assertThat(bridgeActions(underTheAct(scdc, 900), target)).as("90 days is exactly a tenth of 900")
                .containsExactly(ActionType.NEGOTIATE_BRIDGE);
        assertThat(bridgeActions(underTheAct(scdc, 899), target)).containsExactly(ActionType.NEGOTIATE_BRIDGE,
                ActionType.PUBLISH_CHANGE_NOTICE);
        assertThat(bridgeActions(scdc, target)).as("not under the Act").containsExactly(ActionType.NEGOTIATE_BRIDGE);
    }

    private static List<ActionType> bridgeActions(PlannedContract contract, LocalDate target) {
        return new Assessor(AS_OF, Policy.DEFAULT).assess(ContractTimeline.of(contract, AS_OF, Policy.DEFAULT), target)
                .actions().stream().map(Action::type).toList();
    }

    private static PlannedContract underTheAct(PlannedContract c, int awardedTermDays) {
        return new PlannedContract(c.id(), c.council(), c.capability(), c.reference(), c.title(), c.endDate(),
                c.noticePeriodMonths(), c.renewalType(), c.renewalPeriodMonths(), c.availableOptions(), c.annualValue(),
                awardedTermDays);
    }

    @Test
    void fewerDaysWinsBetweenBridgingAndJoiningLater() {
        PlannedContract contract = fixed("CAM", "printing", "2027-01-31", 3, List.of(1), "36500");
        Assessor assessor = new Assessor(AS_OF, Policy.DEFAULT);
        ContractTimeline timeline = ContractTimeline.of(contract, AS_OF, Policy.DEFAULT);

        assertThat(assessor.assess(timeline, LocalDate.of(2027, 2, 13)).role()).isEqualTo(Role.BRIDGED); // 13 vs 15
        assertThat(assessor.assess(timeline, LocalDate.of(2027, 2, 15)).role()).isEqualTo(Role.JOINS_LATER); // 15 vs 13
    }

    @Test
    void onEqualTermsTheEarliestTargetWins() {
        // T = 2027-03-31: B joins 366 days later; T = 2028-03-31: A is bridged 366 days. Same count, same spend.
        PlannedContract a = fixed("CAM", "finance", "2027-03-31", 3, List.of(), "50000");
        PlannedContract b = fixed("HDC", "finance", "2028-03-31", 3, List.of(), "50000");

        Opportunity plan = plan(a, b).orElseThrow();

        assertThat(plan.targetDate()).isEqualTo("2027-03-31");
        assertThat(plan.unalignedSpend()).isEqualByComparingTo("50136.99");
    }

    @Test
    void aCapabilityInASingleCouncilHasNoOpportunity() {
        PlannedContract first = fixed("CAM", "hr-payroll", "2027-03-31", 3, List.of(), "10000");
        PlannedContract second = fixed("CAM", "hr-payroll", "2028-03-31", 3, List.of(), "20000");

        assertThat(plan(first, second)).isEmpty();
    }

    @Test
    void aContractThatCannotReachIsListedWithItsReasonButNotCounted() {
        Policy shortBridges = new Policy(9, 6);
        PlannedContract lapsed = fixed("SCDC", "planning", "2026-02-28", 3, List.of(), "80000"); // + 6 months < asOf + 9
        PlannedContract a = fixed("CAM", "planning", "2027-03-31", 3, List.of(), "40000");
        PlannedContract b = fixed("HDC", "planning", "2027-03-31", 3, List.of(), "30000");

        Opportunity plan = planner.planCapability("planning", List.of(lapsed, a, b), null, AS_OF, shortBridges).orElseThrow();

        assertThat(plan.targetDate()).isEqualTo("2027-03-31");
        assertThat(plan.councils()).containsExactly("CAM", "HDC");
        assertThat(plan.annualSpendCovered()).isEqualByComparingTo("70000");
        assertThat(plan.unalignedSpend()).isEqualByComparingTo("0");
        Assignment cannot = part(plan, lapsed);
        assertThat(cannot.role()).isEqualTo(Role.CANNOT_REACH);
        assertThat(cannot.reason()).isEqualTo("its latest achievable end, 2026-02-28, is more than 6 months before 2027-03-31 and it cannot end later");
        assertThat(cannot.actions()).isEmpty();
        assertThat(cannot.joinDate()).isNull();
        assertThat(plan.assignments()).hasSize(3);
    }

    @Test
    void twoContractsOfOneCouncilAreBothIncludedAndTheCouncilCountedOnce() {
        PlannedContract camDesk = fixed("CAM", "service-desk", "2027-03-31", 3, List.of(), "100000");
        PlannedContract camPortal = fixed("CAM", "service-desk", "2027-06-30", 3, List.of(), "10000");
        PlannedContract hdcDesk = fixed("HDC", "service-desk", "2027-03-31", 3, List.of(), "80000");

        Opportunity plan = plan(camDesk, camPortal, hdcDesk).orElseThrow();

        assertThat(plan.targetDate()).isEqualTo("2027-03-31");
        assertThat(plan.councils()).containsExactly("CAM", "HDC");
        assertThat(plan.assignments()).filteredOn(Assignment::included).hasSize(3);
        assertThat(part(plan, camPortal).role()).isEqualTo(Role.JOINS_LATER);
        assertThat(part(plan, camPortal).unalignedSpend()).isEqualByComparingTo("2493.15"); // 91 days of 10,000
    }

    @Test
    void bridgingIsNegotiatedNoLaterThanTheNoticeDateOfTheEndItExtends() {
        LocalDate asOf = LocalDate.of(2026, 11, 1); // SCDC's notice date 2026-09-30 has passed: negotiate now
        Assessor assessor = new Assessor(asOf, Policy.DEFAULT);

        Assignment bridged = assessor.assess(ContractTimeline.of(scdc, asOf, Policy.DEFAULT), LocalDate.of(2027, 3, 31));

        assertThat(bridged.actions()).singleElement().satisfies(action -> assertThat(action.deadline()).isEqualTo(asOf));
    }

    @Test
    void theTargetIsNeverBeforeTheLeadTime() {
        PlannedContract a = fixed("CAM", "network", "2026-03-31", 1, List.of(), "10000");
        PlannedContract b = fixed("HDC", "network", "2026-03-31", 1, List.of(), "10000");

        Opportunity plan = plan(a, b).orElseThrow();

        assertThat(plan.targetDate()).isEqualTo("2026-10-01"); // asOf + 9 months; both bridged 184 days
        assertThat(plan.assignments()).allSatisfy(x -> assertThat(x.role()).isEqualTo(Role.BRIDGED));
    }

    @Test
    void urgentCapabilitiesComeFirstThenTheEarliestDeadlineThenSpend() {
        List<PlannedContract> contracts = List.of(
                fixed("CAM", "printing", "2027-03-31", 3, List.of(), "10000"),
                fixed("HDC", "printing", "2027-03-31", 3, List.of(), "10000"),
                fixed("CAM", "finance", "2027-06-30", 3, List.of(), "500000"),
                fixed("HDC", "finance", "2027-06-30", 3, List.of(), "500000"),
                fixed("CAM", "telephony", "2028-06-30", 3, List.of(), "1000"),
                fixed("SCDC", "telephony", "2028-06-30", 3, List.of(), "1000"));

        List<Opportunity> plans = planner.plan(contracts, Map.of("telephony", LocalDate.of(2025, 12, 31)), AS_OF, Policy.DEFAULT);

        assertThat(plans).extracting(Opportunity::capability).containsExactly("telephony", "printing", "finance");
        assertThat(plans.get(0).urgent()).isTrue();
        assertThat(plans.get(1).firstDeadline()).isEqualTo("2026-06-30");
    }

    @Test
    void equalDeadlinesPutTheLargerSpendFirst() {
        List<PlannedContract> contracts = List.of(
                fixed("CAM", "printing", "2027-03-31", 3, List.of(), "10000"),
                fixed("HDC", "printing", "2027-03-31", 3, List.of(), "10000"),
                fixed("CAM", "finance", "2027-03-31", 3, List.of(), "500000"),
                fixed("HDC", "finance", "2027-03-31", 3, List.of(), "500000"));

        assertThat(planner.plan(contracts, Map.of(), AS_OF, Policy.DEFAULT)).extracting(Opportunity::capability)
                .containsExactly("finance", "printing");
    }

    private Optional<Opportunity> plan(PlannedContract... contracts) {
        return planner.planCapability(contracts[0].capability(), List.of(contracts), null, AS_OF, Policy.DEFAULT);
    }

    private BigDecimal spendAt(String target) {
        Assessor assessor = new Assessor(AS_OF, Policy.DEFAULT);
        return List.of(cam, hdc, scdc).stream()
                .map(c -> assessor.assess(ContractTimeline.of(c, AS_OF, Policy.DEFAULT), LocalDate.parse(target)).unalignedSpend())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Assignment part(Opportunity plan, PlannedContract contract) {
        return plan.assignments().stream().filter(a -> a.contract().equals(contract)).findFirst().orElseThrow();
    }
}
