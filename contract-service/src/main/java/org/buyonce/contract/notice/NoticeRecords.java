package org.buyonce.contract.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The publications and substantial modifications recorded for contracts. */
@ApplicationScoped
public class NoticeRecords {

    private final EntityManager entities;

    public NoticeRecords(EntityManager entities) {
        this.entities = entities;
    }

    public void add(NoticePublication publication) {
        entities.persist(publication);
    }

    /** Notes a change of a contract beyond the Act's 10% limits: it owes a change notice from that day. */
    public void addModification(UUID contract, LocalDate recordedOn, String description) {
        ContractModification modification = new ContractModification();
        modification.id = UUID.randomUUID();
        modification.contractId = contract;
        modification.recordedOn = recordedOn;
        modification.description = description;
        entities.persist(modification);
    }

    public Map<UUID, List<NoticePublication>> publicationsOf(Collection<UUID> contracts) {
        if (contracts.isEmpty()) {
            return Map.of();
        }
        return entities.createQuery("from NoticePublication where contractId in :ids order by publishedOn", NoticePublication.class)
                .setParameter("ids", contracts).getResultStream().collect(Collectors.groupingBy(p -> p.contractId));
    }

    public Map<UUID, List<ContractModification>> modificationsOf(Collection<UUID> contracts) {
        if (contracts.isEmpty()) {
            return Map.of();
        }
        return entities.createQuery("from ContractModification where contractId in :ids order by recordedOn", ContractModification.class)
                .setParameter("ids", contracts).getResultStream().collect(Collectors.groupingBy(m -> m.contractId));
    }

    public boolean noticeIdTaken(UUID contract, String noticeId) {
        return !entities.createQuery("select 1 from NoticePublication where contractId = :contract and noticeId = :noticeId")
                .setParameter("contract", contract).setParameter("noticeId", noticeId).setMaxResults(1).getResultList().isEmpty();
    }
}
