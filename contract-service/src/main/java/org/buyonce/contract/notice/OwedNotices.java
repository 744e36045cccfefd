package org.buyonce.contract.notice;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.contract.Contract;
import org.buyonce.events.NoticeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What contracts owe under the Procurement Act 2023, from the publications and modifications recorded for them. */
@ApplicationScoped
public class OwedNotices {

    private final NoticeRecords records;
    private final Clock clock;

    public OwedNotices(NoticeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Every notice each contract owes, published ones included, read in two queries for all of them. */
    public Map<UUID, List<OwedNotice>> of(List<Contract> contracts) {
        List<UUID> ids = contracts.stream().map(c -> c.id).toList();
        Map<UUID, List<NoticePublication>> published = records.publicationsOf(ids);
        Map<UUID, List<ContractModification>> modifications = records.modificationsOf(ids);
        Map<UUID, List<OwedNotice>> owed = new HashMap<>();
        for (Contract contract : contracts) {
            owed.put(contract.id, StatutoryNotices.owed(contract,
                    modifications.getOrDefault(contract.id, List.of()).stream().map(m -> m.recordedOn).toList(),
                    published.getOrDefault(contract.id, List.of()).stream().map(NoticePublication::toPublication).toList(),
                    LocalDate.now(clock)));
        }
        return owed;
    }

    /** The notices each contract owes and has not published. */
    public Map<UUID, List<OwedNotice>> unpublished(List<Contract> contracts) {
        Map<UUID, List<OwedNotice>> unpublished = new HashMap<>();
        of(contracts).forEach((id, owed) -> unpublished.put(id, unpublishedOnly(owed)));
        return unpublished;
    }

    /** The notices one contract owes and has not published; nothing is read for a contract that owes none. */
    public List<OwedNotice> unpublished(Contract contract) {
        if (StatutoryNotices.whyNotOwed(contract, NoticeType.UK7).isPresent()) {
            return List.of();
        }
        return unpublished(List.of(contract)).get(contract.id);
    }

    /** The notices a contract being created owes: nothing can have been published or modified yet. */
    public List<OwedNotice> ofNew(Contract contract) {
        return StatutoryNotices.owed(contract, List.of(), List.of(), LocalDate.now(clock));
    }

    private static List<OwedNotice> unpublishedOnly(List<OwedNotice> owed) {
        return owed.stream().filter(notice -> notice.status() != NoticeStatus.PUBLISHED).toList();
    }
}
