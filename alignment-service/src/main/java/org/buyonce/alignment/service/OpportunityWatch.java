package org.buyonce.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Readers waiting for an opportunity to change (a GET with If-None-Match and {@code Prefer: wait}). Each is answered
 * as soon as the plans of its planning query show the capability with another tag, or without an opportunity, and
 * otherwise when its wait is over. Plans brought up to date in this replica wake them; {@link Replanner} brings the
 * queries waited on up to date every second, for a change this replica's consumer did not apply.
 */
@ApplicationScoped
public class OpportunityWatch {

    /** The most requests one replica holds waiting; past it a request is answered at once, as without the preference. */
    static final int MAX_WAITING = 1_000;

    private final ConcurrentMap<PlanningQuery, Set<Waiter>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /**
     * The capability's opportunity once it is no longer {@code held} (empty if it has none any more), or {@code held}
     * itself when the wait is over; null if too many requests wait already. {@code latest} gives the plans kept now:
     * a change planned between the caller's read and this call is seen there.
     */
    CompletionStage<Optional<RenderedOpportunity>> changeOf(PlanningQuery query, RenderedOpportunity held, Duration wait,
            Supplier<QueryPlans> latest) {
        if (count.incrementAndGet() > MAX_WAITING) {
            count.decrementAndGet();
            return null;
        }
        Waiter waiter = new Waiter(held);
        // Joining and leaving a query's set, and dropping it once empty, are one step each: a waiter that joined a set
        // as the last one left it would otherwise sit in a set no longer in the map, never woken by a change.
        waiting.compute(query, (q, set) -> {
            Set<Waiter> ofQuery = set == null ? ConcurrentHashMap.newKeySet() : set;
            ofQuery.add(waiter);
            return ofQuery;
        });
        waiter.answer.completeOnTimeout(Optional.of(held), wait.toMillis(), TimeUnit.MILLISECONDS).whenComplete((answer, failure) -> {
            waiting.computeIfPresent(query, (q, set) -> {
                set.remove(waiter);
                return set.isEmpty() ? null : set;
            });
            count.decrementAndGet();
        });
        waiter.offer(latest.get());
        return waiter.answer;
    }

    /** Wakes the readers of this query whose opportunity the plans changed. */
    void planned(QueryPlans plans) {
        Set<Waiter> ofQuery = waiting.get(plans.query());
        if (ofQuery != null) {
            ofQuery.forEach(waiter -> waiter.offer(plans));
        }
    }

    /** The planning queries someone waits on. */
    Set<PlanningQuery> waitedOn() {
        return Set.copyOf(waiting.keySet());
    }

    private static final class Waiter {
        final RenderedOpportunity held;
        final CompletableFuture<Optional<RenderedOpportunity>> answer = new CompletableFuture<>();

        Waiter(RenderedOpportunity held) {
            this.held = held;
        }

        void offer(QueryPlans plans) {
            if (plans.revision() < 0) {
                return; // not planned yet (the query's plans were dropped from the cache): says nothing of a change
            }
            Optional<RenderedOpportunity> now = plans.of(held.capability());
            if (now.isEmpty() || !now.get().etag().equals(held.etag())) {
                answer.complete(now);
            }
        }
    }
}
