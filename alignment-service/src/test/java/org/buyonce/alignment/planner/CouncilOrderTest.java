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

/** The packed-key sort gives exactly the comparator's order, ties on council and end included. */
class CouncilOrderTest {

    @Test
    void sortsExactlyAsTheComparatorDoes() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            List<PlannedContract> contracts = new ArrayList<>();
            int size = 1 + random.nextInt(400);
            for (int i = 0; i < size; i++) {
                String council = "C" + random.nextInt(5);
                LocalDate end = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(30)); // many same-day ends
                String reference = random.nextInt(4) == 0 ? null : "R" + random.nextInt(20); // nulls and repeats
                PlannedContract contract = new PlannedContract(UUID.randomUUID(), council, "telephony", reference, "t", end, 3,
                        RenewalType.FIXED, null, List.of(), BigDecimal.TEN);
                contracts.add(contract);
            }
            CapabilityColumns columns = CapabilityColumns.of(contracts, LocalDate.of(2026, 1, 1), Policy.DEFAULT);

            assertThat(CouncilOrder.sorted(columns)).containsExactlyElementsOf(contracts.stream().sorted(CouncilOrder.BY_COUNCIL).toList());
        }
    }
}
