package org.buyonce.contract.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.buyonce.contract.repository.ContractRepository;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every day (and shortly after start, in case the service was down at the usual time) marks active contracts past
 * their end as EXPIRED, or renews TACIT ones. Each contract is its own transaction, so one failure stops nothing.
 */
@ApplicationScoped
public class ContractExpiryJob {

    private static final Logger LOG = Logger.getLogger(ContractExpiryJob.class);

    private final ContractRepository contracts;
    private final ContractService service;
    private final Clock clock;

    public ContractExpiryJob(ContractRepository contracts, ContractService service, Clock clock) {
        this.contracts = contracts;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(identity = "contract-expiry", cron = "${buyonce.contracts.expiry-cron:0 5 0 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /**
     * Shortly after start, off the start-up path (a delayed cron trigger would only wait for its next time), then at
     * that interval: a service that was down at the usual time catches up the same morning.
     */
    @Scheduled(identity = "contract-expiry-catch-up", every = "${buyonce.contracts.expiry-catch-up-every:P1D}",
            delayed = "${buyonce.contracts.expiry-delay:PT30S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void afterStart() {
        run();
    }

    /** Returns how many contracts changed. */
    public int run() {
        List<UUID> due = contracts.activeEndedBefore(LocalDate.now(clock));
        int changed = 0;
        for (UUID id : due) {
            try {
                if (service.catchUp(id)) {
                    changed++;
                }
            } catch (OptimisticLockException | StaleStateException concurrent) {
                LOG.debugf("contract %s changed meanwhile; it is caught up next time", id);
            }
        }
        if (changed > 0) {
            LOG.infof("expiry: %d of %d contracts past their end expired or renewed", changed, due.size());
        }
        return changed;
    }
}
