package org.buyonce.alignment.reminder;

import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.dates.Months;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dates a contract's owner must act by: its notice deadline (while it runs and nothing replaces it) and its Find a Tender notices. */
final class ContractDeadlines {

    private ContractDeadlines() {
    }

    /** @param key names it among the contract's deadlines for as long as it stands: NOTICE:2027-03-31, UK7:2027-01-07 */
    record Deadline(String key, LocalDate date, String what) {
    }

    static List<Deadline> of(ContractProjection contract) {
        List<Deadline> deadlines = new ArrayList<>();
        noticeDeadline(contract).ifPresent(deadlines::add);
        for (ContractRenewalState.NoticeDue notice : contract.statutoryNoticesDue) {
            deadlines.add(new Deadline(notice.type() + ":" + notice.dueOn(), notice.dueOn(), notice.type().toDo()));
        }
        return deadlines;
    }

    static Optional<Deadline> noticeDeadline(ContractProjection contract) {
        if (contract.status != ContractStatus.ACTIVE || contract.replacedBy != null) {
            return Optional.empty();
        }
        LocalDate date = Months.minus(contract.endDate, contract.noticePeriodMonths);
        String what;
        if (contract.renewalType == RenewalType.TACIT) {
            what = "Give notice, or it renews for " + contract.renewalPeriodMonths + " months from " + contract.endDate;
        } else if (!contract.availableOptions.isEmpty()) {
            what = "Exercise the next extension option (" + contract.availableOptions.get(0) + " months) or let it end on "
                    + contract.endDate;
        } else {
            what = "Last day of the notice period before it ends on " + contract.endDate;
        }
        return Optional.of(new Deadline("NOTICE:" + date, date, what));
    }
}
