package org.buyonce.alignment.service;

import org.buyonce.alignment.planner.Policy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityWatchTest {

    private static final PlanningQuery QUERY = new PlanningQuery(LocalDate.of(2026, 12, 7), new Policy(9, 12));
    private static final Duration LONG_WAIT = Duration.ofSeconds(30);

    private final OpportunityWatch watch = new OpportunityWatch();
    private final RenderedOpportunity held = telephony("tag-1");
    private final QueryPlans unchanged = plans(1, held);
    private final QueryPlans changed = plans(2, telephony("tag-2"));

    @Test
    void aWaiterIsAnsweredByTheNextPlanThatChangesItsOpportunity() {
        CompletionStage<Optional<RenderedOpportunity>> answer = watch.changeOf(QUERY, held, LONG_WAIT, () -> unchanged);

        watch.planned(unchanged);
        assertThat(answer.toCompletableFuture()).isNotDone();
        watch.planned(changed);
        assertThat(answer.toCompletableFuture().getNow(null)).map(RenderedOpportunity::etag).contains("tag-2");
        assertThat(watch.waitedOn()).isEmpty();
    }

    @Test
    void aChangePlannedBeforeTheWaitBeganAnswersAtOnce() {
        CompletionStage<Optional<RenderedOpportunity>> answer = watch.changeOf(QUERY, held, LONG_WAIT, () -> changed);

        assertThat(answer.toCompletableFuture().getNow(null)).map(RenderedOpportunity::etag).contains("tag-2");
    }

    @Test
    void aWaitOverIsAnsweredWithWhatWasHeld() {
        CompletionStage<Optional<RenderedOpportunity>> answer = watch.changeOf(QUERY, held, Duration.ofMillis(20), () -> unchanged);

        assertThat(answer.toCompletableFuture().join()).containsSame(held);
        assertThat(watch.waitedOn()).isEmpty();
    }

    /**
     * One waiter leaves (answered) while another joins the same query, many times over: every one that joined is woken
     * by the next change. Joining the set a leaving waiter emptied and dropped once left the joiner unreachable, answered
     * only when its wait ran out (seen as 10 s write-to-read latencies in the event-path benchmark).
     */
    @Test
    void aWaiterJoiningAsAnotherLeavesIsStillWokenByTheNextChange() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> leaving = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20_000; i++) {
                await(together);
                watch.changeOf(QUERY, held, LONG_WAIT, () -> changed); // answered at once, so it leaves
                await(together);
            }
        });
        for (int i = 0; i < 20_000; i++) {
            await(together);
            CompletableFuture<Optional<RenderedOpportunity>> joining =
                    watch.changeOf(QUERY, held, LONG_WAIT, () -> unchanged).toCompletableFuture();
            await(together);
            watch.planned(changed);
            assertThat(joining).as("waiter %d woken by the change", i).isDone();
        }
        leaving.join();
        assertThat(watch.waitedOn()).isEmpty();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RenderedOpportunity telephony(String etag) {
        return new RenderedOpportunity("telephony", false, LocalDate.of(2027, 3, 31), new BigDecimal("40000"), List.of("CAM", "SCDC"),
                ("{\"capability\":\"telephony\",\"tag\":\"" + etag + "\"}").getBytes(StandardCharsets.UTF_8), etag);
    }

    private static QueryPlans plans(long revision, RenderedOpportunity opportunity) {
        return new QueryPlans(QUERY, revision, Map.of("telephony", new QueryPlans.CapabilityPlan(revision, opportunity)), List.of(opportunity));
    }
}
