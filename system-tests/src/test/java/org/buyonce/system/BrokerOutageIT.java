package org.buyonce.system;

import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker goes away; the services keep taking changes; when it is back every change arrives, once, in order. */
class BrokerOutageIT {

    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void twoHundredChangesMadeWhileTheBrokerIsDownAllReachTheOtherServicesInOrder() {
        Scenario scenario = Scenario.of(system, 20);
        Observed.alignmentHasLatest(system, scenario);

        system.broker().stop();
        int changes = 0;
        try {
            for (int round = 0; round < 10; round++) {
                for (int i = 0; i < 20; i++) {
                    assertThat(scenario.change(i)).as("change %d of contract %d with the broker down", round + 1, i).isEqualTo(200);
                    changes++;
                }
            }
        } finally {
            system.broker().start();
        }

        Observed.alignmentHasLatest(system, scenario);
        Observed.assetsHaveLatest(system, scenario);
        int events = Observed.publishedInOrder(system, scenario);
        System.out.printf("broker outage: %d changes made while the broker was down (all answered 200), %d events seen for %d "
                + "contracts, every version 0..10 published in order, the latest in effect in alignment-service and "
                + "asset-service%n", changes, events, scenario.contracts.size());
    }
}
