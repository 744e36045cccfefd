package org.buyonce.alignment.award;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Every day, and shortly after start (a service down at the usual time catches up the same morning): the AWARDED plans
 * whose joint contract has started become IMPLEMENTED.
 */
@ApplicationScoped
class ImplementationJob {

    private static final Logger LOG = Logger.getLogger(ImplementationJob.class);

    private final JointContracts jointContracts;

    ImplementationJob(JointContracts jointContracts) {
        this.jointContracts = jointContracts;
    }

    @Scheduled(identity = "plans-implemented", cron = "${buyonce.plans.implemented-cron:0 10 0 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    @Scheduled(identity = "plans-implemented-after-start", every = "P1D", delayed = "${buyonce.plans.implemented-delay:PT20S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void afterStart() {
        run();
    }

    private void run() {
        try {
            int moved = jointContracts.implementStarted();
            if (moved > 0) {
                LOG.infof("%d plans IMPLEMENTED: their joint contracts have started", moved);
            }
        } catch (OptimisticLockException | StaleStateException concurrent) {
            LOG.debug("a plan changed meanwhile (another replica, or its joint contract); it moves next time", concurrent);
        }
    }
}
