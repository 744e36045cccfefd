package org.buyonce.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.contract.Contract;
import org.buyonce.contract.notice.OwedNotices;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.Topics;
import org.buyonce.outbox.Outbox;

import java.util.List;
import java.util.UUID;

/** Writes a contract's renewal state to the outbox, in the transaction of the change. */
@ApplicationScoped
class ContractEvents {

    private final Outbox outbox;
    private final OwedNotices notices;

    ContractEvents(Outbox outbox, OwedNotices notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    /** The contract must be flushed first, so that the event carries the version of this change. */
    void changed(Contract contract, ContractEventType type) {
        contract.lastChange = type; // the audit trail names the revision as the event does
        outbox.publish(Topics.CONTRACT_RENEWALS, contract.id.toString(), type.cloudEventType(),
                ContractMapper.toEvent(contract, notices.unpublished(contract)));
    }

    /** CREATED events for contracts a bulk copy writes (their last change already says so), through the same copy. */
    void createdAll(List<Contract> contracts, BulkCopy bulk) {
        outbox.publishAll(contracts.stream().map(contract -> new Outbox.Pending(Topics.CONTRACT_RENEWALS, contract.id.toString(),
                ContractEventType.CREATED.cloudEventType(), ContractMapper.toEvent(contract, notices.ofNew(contract)))).toList(), bulk);
    }

    void deleted(UUID id) {
        outbox.publish(Topics.CONTRACT_RENEWALS, id.toString(), ContractEventType.DELETED.cloudEventType(), null);
    }
}
