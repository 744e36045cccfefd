package org.buyonce.alignment.planner;

import org.buyonce.events.RenewalType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate days marked in a bitmap are those the sort-and-deduplicate way finds. */
class TargetSelectorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @Test
    void candidatesFromTheBitmapEqualTheSortedDistinctOnes() {
        Random random = new Random(11);
        TargetSelector selector = new TargetSelector(AS_OF, Policy.DEFAULT);
        long first = AS_OF.plusMonths(Policy.DEFAULT.leadTimeMonths()).toEpochDay();
        for (int trial = 0; trial < 30; trial++) {
            List<PlannedContract> contracts = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(300); i++) {
                LocalDate end = AS_OF.plusDays(random.nextInt(3650) - 200); // some ends before the first candidate
                List<Integer> options = random.nextBoolean() ? List.of(6 + random.nextInt(19)) : List.of();
                PlannedContract contract = new PlannedContract(UUID.randomUUID(), "C" + random.nextInt(4), "telephony", "R" + i, "t",
                        end, random.nextInt(7), RenewalType.FIXED, null, options, BigDecimal.TEN);
                contracts.add(contract);
            }

            CapabilityColumns columns = CapabilityColumns.of(contracts, AS_OF, Policy.DEFAULT);

            assertThat(selector.candidates(columns, first)).containsExactly(selector.sortedCandidates(columns, first));
        }
    }
}
