package org.buyonce.alignment.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.buyonce.alignment.projection.ProjectionChanged;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event path does the planning: once a projection change commits, today's default opportunities are brought up
 * to date on a thread of their own, so the consumers never wait for the planner and readers find the plans ready.
 * Changes committed while it plans are taken together by its next pass.
 */
@ApplicationScoped
public class Replanner {

    private static final Logger LOG = Logger.getLogger(Replanner.class);

    private final OpportunityService opportunities;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread replanner = new Thread(task, "replanner");
        replanner.setDaemon(true);
        return replanner;
    });

    public Replanner(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectionChanged change) {
        if (pending.compareAndSet(false, true)) {
            thread.execute(this::replan);
        }
    }

    private void replan() {
        pending.set(false);
        try {
            opportunities.replanToday();
        } catch (RuntimeException e) {
            // A reader plans what this pass could not: nothing is lost, the next change tries again.
            LOG.warnf("replanning after a change failed (%s); readers will plan on demand", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
