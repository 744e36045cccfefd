package org.buyonce.alignment.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.buyonce.alignment.projection.ProjectionChanged;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event path does the planning: once a projection change commits, today's default opportunities are brought up
 * to date on a thread of their own, so the consumers never wait for the planner and readers find the plans ready.
 * Changes committed while it plans are taken together by its next pass. Every second it also brings up to date the
 * planning queries that readers wait on ({@link OpportunityWatch}), whichever replica applied the change.
 */
@ApplicationScoped
public class Replanner {

    private static final Logger LOG = Logger.getLogger(Replanner.class);
    private static final long WAITED_ON_EVERY_MILLIS = 1_000;

    private final OpportunityService opportunities;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread replanner = new Thread(task, "replanner");
        replanner.setDaemon(true);
        return replanner;
    });

    public Replanner(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    void start(@Observes StartupEvent startup) {
        thread.scheduleWithFixedDelay(this::replanWaitedOn, WAITED_ON_EVERY_MILLIS, WAITED_ON_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectionChanged change) {
        if (pending.compareAndSet(false, true)) {
            thread.execute(this::replanToday);
        }
    }

    private void replanToday() {
        pending.set(false);
        try {
            opportunities.replanToday();
        } catch (RuntimeException e) {
            // A reader plans what this pass could not: nothing is lost, the next change tries again.
            LOG.warnf("replanning after a change failed (%s); readers will plan on demand", e.getMessage());
        }
    }

    private void replanWaitedOn() {
        try {
            opportunities.replanWaitedOn();
        } catch (RuntimeException e) {
            // Said once per change above; a database away would otherwise be reported every second.
            LOG.debugf("bringing the waited-on opportunities up to date failed (%s)", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
