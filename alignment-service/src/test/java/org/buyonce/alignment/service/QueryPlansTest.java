package org.buyonce.alignment.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.buyonce.alignment.planner.AlignmentPlanner;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.PlannedContract;
import org.buyonce.alignment.planner.Policy;
import org.buyonce.alignment.projection.PlanningData.CapabilityData;
import org.buyonce.alignment.projection.PlanningData.Snapshot;
import org.buyonce.events.RenewalType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPlansTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final PlanningQuery QUERY = new PlanningQuery(AS_OF, new Policy(9, 12));

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final Function<Opportunity, RenderedOpportunity> RENDER = opportunity -> RenderedOpportunity.of(opportunity, MAPPER);

    private final AlignmentPlanner planner = new AlignmentPlanner();
    private final AtomicInteger replanned = new AtomicInteger();

    @Test
    void theFirstSnapshotPlansEveryCapabilityInThePlannersOrder() {
        Snapshot snapshot = snapshot(1, telephony(1, "2027-03-31"), data("hr-payroll", 1, null,
                contract("CAM", "hr-payroll", "2028-06-30", "90000.00"), contract("HDC", "hr-payroll", "2027-09-30", "70000.00")),
                data("gis", 1, null, contract("CAM", "gis", "2029-01-31", "12000.00")));

        QueryPlans plans = QueryPlans.empty(QUERY).at(snapshot, planner, RENDER, replanned::incrementAndGet);

        assertThat(replanned).hasValue(3);
        assertThat(plans.revision()).isEqualTo(1);
        assertThat(plans.ordered()).extracting(QueryPlansTest::text).isEqualTo(wholePlan(snapshot));
        assertThat(plans.of("gis")).as("one council: no opportunity").isEmpty();
        assertThat(plans.ordered()).extracting(RenderedOpportunity::capability).containsExactly("telephony", "hr-payroll");
    }

    @Test
    void aChangeReplansOnlyTheCapabilityItTouched() {
        CapabilityData payroll = data("hr-payroll", 1, null,
                contract("CAM", "hr-payroll", "2028-06-30", "90000.00"), contract("HDC", "hr-payroll", "2027-09-30", "70000.00"));
        QueryPlans before = QueryPlans.empty(QUERY).at(snapshot(1, telephony(1, "2027-03-31"), payroll), planner, RENDER, () -> { });

        Snapshot changed = snapshot(2, telephony(2, "2027-06-30"), payroll);
        QueryPlans after = before.at(changed, planner, RENDER, replanned::incrementAndGet);

        assertThat(replanned).hasValue(1);
        assertThat(after.of("hr-payroll").orElseThrow()).isSameAs(before.of("hr-payroll").orElseThrow());
        assertThat(after.of("telephony").orElseThrow().etag()).isNotEqualTo(before.of("telephony").orElseThrow().etag());
        assertThat(after.ordered()).extracting(QueryPlansTest::text).isEqualTo(wholePlan(changed));
    }

    @Test
    void anEndOfSupportChangeReplansItsCapabilityAndACapabilityGoneLeavesNoOpportunity() {
        CapabilityData telephony = telephony(1, "2027-03-31");
        QueryPlans before = QueryPlans.empty(QUERY).at(snapshot(1, telephony), planner, RENDER, () -> { });
        assertThat(before.of("telephony").orElseThrow().urgent()).isFalse();

        CapabilityData outOfSupport = new CapabilityData("telephony", 2, telephony.contracts(), LocalDate.of(2026, 6, 30));
        QueryPlans urgent = before.at(snapshot(2, outOfSupport), planner, RENDER, replanned::incrementAndGet);
        assertThat(replanned).hasValue(1);
        assertThat(urgent.of("telephony").orElseThrow().urgent()).isTrue();

        QueryPlans gone = urgent.at(snapshot(3), planner, RENDER, replanned::incrementAndGet);
        assertThat(gone.of("telephony")).isEmpty();
        assertThat(gone.ordered()).isEmpty();
    }

    /** The whole plan of the snapshot's contracts, as the planner gives it, rendered. */
    private List<String> wholePlan(Snapshot snapshot) {
        List<PlannedContract> all = new ArrayList<>();
        Map<String, LocalDate> endOfSupport = new HashMap<>();
        snapshot.capabilities().values().forEach(data -> {
            all.addAll(data.contracts().values());
            if (data.earliestEndOfSupport() != null) {
                endOfSupport.put(data.capability(), data.earliestEndOfSupport());
            }
        });
        return planner.plan(all, endOfSupport, AS_OF, QUERY.policy()).stream().map(o -> text(RENDER.apply(o))).toList();
    }

    private static String text(RenderedOpportunity opportunity) {
        return new String(opportunity.json(), StandardCharsets.UTF_8);
    }

    private static CapabilityData telephony(long revision, String camEnd) {
        return data("telephony", revision, null, contract("CAM", "telephony", camEnd, "30000.00"),
                contract("HDC", "telephony", "2027-12-31", "25000.00"), contract("SCDC", "telephony", "2028-03-31", "20000.00"));
    }

    private static Snapshot snapshot(long revision, CapabilityData... capabilities) {
        Map<String, CapabilityData> byCapability = new HashMap<>();
        for (CapabilityData data : capabilities) {
            byCapability.put(data.capability(), data);
        }
        return new Snapshot(revision, byCapability);
    }

    private static CapabilityData data(String capability, long revision, LocalDate endOfSupport, PlannedContract... contracts) {
        Map<UUID, PlannedContract> byId = new HashMap<>();
        for (PlannedContract contract : contracts) {
            byId.put(contract.id(), contract);
        }
        return new CapabilityData(capability, revision, byId, endOfSupport);
    }

    private static PlannedContract contract(String council, String capability, String end, String annualValue) {
        return new PlannedContract(UUID.randomUUID(), council, capability, council + "-" + capability, capability,
                LocalDate.parse(end), 3, RenewalType.FIXED, null, List.of(12), new BigDecimal(annualValue));
    }
}
