package org.buyonce.alignment.planner;

import org.buyonce.events.ContractStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.alignment.planner.Contracts.fixed;
import static org.buyonce.alignment.planner.Contracts.tacit;

/**
 * Following a plan after adoption. The plan: T = 2028-03-31; CAM's contract ends 2027-03-31 with one 12-month option
 * and is ALIGNED by exercising it (decision by 2026-12-31, three months' notice).
 */
class TrackerTest {

    private static final LocalDate T = LocalDate.of(2028, 3, 31);
    private static final PlannedContract CAM = fixed("CAM", "printing", "2027-03-31", 3, List.of(12), "12000");
    private static final List<Action> ADOPTED = List.of(new Action(ActionType.EXERCISE_OPTION, LocalDate.of(2026, 12, 31), "exercise"));

    private static TrackedPart track(LocalDate today, PlannedContract now, ContractStatus status) {
        return new Tracker(today, Policy.DEFAULT).track(Role.ALIGNED, T, T, ADOPTED, Optional.of(now), status);
    }

    private static PlannedContract ending(PlannedContract contract, String end, List<Integer> options) {
        return new PlannedContract(contract.id(), contract.council(), contract.capability(), contract.reference(), contract.title(),
                LocalDate.parse(end), contract.noticePeriodMonths(), contract.renewalType(), contract.renewalPeriodMonths(), options,
                contract.annualValue());
    }

    @Test
    void moreThanThirtyDaysBeforeTheDecisionDateItIsOnTrack() {
        TrackedPart tracked = track(LocalDate.of(2026, 11, 30), CAM, ContractStatus.ACTIVE); // 31 days

        assertThat(tracked.tracking()).isEqualTo(Tracking.ON_TRACK);
        assertThat(tracked.nextDeadline()).isEqualTo("2026-12-31");
        assertThat(tracked.reason()).contains("Exercise the next extension option (12 months)").endsWith("by 2026-12-31 (31 days)");
    }

    @Test
    void withinThirtyDaysItIsDueAndOnTheDayStillDue() {
        assertThat(track(LocalDate.of(2026, 12, 1), CAM, ContractStatus.ACTIVE).tracking()).isEqualTo(Tracking.DUE); // 30 days
        assertThat(track(LocalDate.of(2026, 12, 31), CAM, ContractStatus.ACTIVE).tracking()).isEqualTo(Tracking.DUE); // 0 days
    }

    @Test
    void theDayAfterAMissedDecisionDateItIsOverdue() {
        TrackedPart tracked = track(LocalDate.of(2027, 1, 1), CAM, ContractStatus.ACTIVE);

        assertThat(tracked.tracking()).isEqualTo(Tracking.OVERDUE);
        assertThat(tracked.nextDeadline()).isEqualTo("2026-12-31");
        assertThat(tracked.reason()).endsWith("due by 2026-12-31, now passed");
    }

    @Test
    void onceTheOptionIsExercisedItIsDone() {
        TrackedPart tracked = track(LocalDate.of(2026, 12, 15), ending(CAM, "2028-03-31", List.of()), ContractStatus.ACTIVE);

        assertThat(tracked.tracking()).isEqualTo(Tracking.DONE);
        assertThat(tracked.nextAction()).isNull();
    }

    @Test
    void declinedOrTerminatedItHasDrifted() {
        TrackedPart declined = track(LocalDate.of(2026, 12, 15), ending(CAM, "2027-03-31", List.of()), ContractStatus.ACTIVE);
        assertThat(declined.tracking()).isEqualTo(Tracking.DRIFTED);
        assertThat(declined.reason()).startsWith("it can no longer end on 2028-03-31 as adopted (ALIGNED)");

        TrackedPart terminated = track(LocalDate.of(2026, 12, 15), ending(CAM, "2026-12-31", List.of(12)), ContractStatus.TERMINATED);
        assertThat(terminated.tracking()).isEqualTo(Tracking.DRIFTED);
        assertThat(terminated.reason()).isEqualTo("it is TERMINATED, ending 2026-12-31, not 2028-03-31");

        TrackedPart deleted = new Tracker(LocalDate.of(2026, 12, 15), Policy.DEFAULT).track(Role.ALIGNED, T, T, ADOPTED, Optional.empty(), null);
        assertThat(deleted.tracking()).isEqualTo(Tracking.DRIFTED);
    }

    @Test
    void aBridgeKeepsTheNegotiationDeadlineItWasAdoptedWith() {
        // SCDC ends 2027-12-31 with nothing left: a 91-day bridge to T, to be negotiated by 2027-09-30.
        PlannedContract scdc = fixed("SCDC", "printing", "2027-12-31", 3, List.of(), "60000");
        List<Action> adopted = List.of(new Action(ActionType.NEGOTIATE_BRIDGE, LocalDate.of(2027, 9, 30), "negotiate"));
        Tracker tracker = new Tracker(LocalDate.of(2027, 10, 1), Policy.DEFAULT);

        TrackedPart late = tracker.track(Role.BRIDGED, T, T, adopted, Optional.of(scdc), ContractStatus.ACTIVE);
        assertThat(late.tracking()).isEqualTo(Tracking.OVERDUE);
        assertThat(late.nextDeadline()).isEqualTo("2027-09-30");

        TrackedPart bridged = tracker.track(Role.BRIDGED, T, T, adopted, Optional.of(ending(scdc, "2028-03-31", List.of())),
                ContractStatus.ACTIVE);
        assertThat(bridged.tracking()).isEqualTo(Tracking.DONE);
    }

    @Test
    void aContractThatJoinsLaterIsFollowedToItsJoinDate() {
        // T = 2028-03-01; HDC's TACIT contract renews each 31 March: it joins on 2028-03-31, 30 days after the joint
        // contract starts, if notice is given by 2027-12-31.
        LocalDate target = LocalDate.of(2028, 3, 1);
        LocalDate join = LocalDate.of(2028, 3, 31);
        PlannedContract hdc = tacit("HDC", "printing", "2028-03-31", 3, 12, "9000");
        List<Action> adopted = List.of(new Action(ActionType.GIVE_NOTICE, LocalDate.of(2027, 12, 31), "notice"),
                new Action(ActionType.JOIN, join, "join"));

        TrackedPart due = new Tracker(LocalDate.of(2027, 12, 10), Policy.DEFAULT)
                .track(Role.JOINS_LATER, target, join, adopted, Optional.of(hdc), ContractStatus.ACTIVE);
        assertThat(due.tracking()).isEqualTo(Tracking.DUE);
        assertThat(due.nextAction().type()).isEqualTo(ActionType.GIVE_NOTICE);
        assertThat(due.nextDeadline()).isEqualTo("2027-12-31");

        TrackedPart late = new Tracker(LocalDate.of(2028, 1, 5), Policy.DEFAULT)
                .track(Role.JOINS_LATER, target, join, adopted, Optional.of(hdc), ContractStatus.ACTIVE);
        assertThat(late.tracking()).isEqualTo(Tracking.OVERDUE); // no notice recorded: it would renew to 2029-03-31

        TrackedPart ended = new Tracker(LocalDate.of(2028, 1, 5), Policy.DEFAULT)
                .track(Role.JOINS_LATER, target, join, adopted, Optional.of(hdc), ContractStatus.TERMINATED);
        assertThat(ended.tracking()).isEqualTo(Tracking.DONE); // notice given: it ends on its join date
    }

    @Test
    void thePlansTrackingIsTheWorstOfItsContracts() {
        assertThat(Tracking.DONE.worse(Tracking.DUE)).isEqualTo(Tracking.DUE);
        assertThat(Tracking.OVERDUE.worse(Tracking.ON_TRACK)).isEqualTo(Tracking.OVERDUE);
        assertThat(Tracking.DRIFTED.worse(Tracking.OVERDUE)).isEqualTo(Tracking.DRIFTED);
    }
}
