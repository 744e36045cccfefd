package org.buyonce.contract.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.api.DeadlineDto;
import org.buyonce.contract.api.DeadlineDto.Kind;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.events.RenewalType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The dates procurement officers must act by across all councils: option decisions, notice deadlines, ends. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineService {

    private static final Comparator<DeadlineDto> SOONEST_FIRST = Comparator.comparing(DeadlineDto::date)
            .thenComparing(DeadlineDto::council).thenComparing(DeadlineDto::reference).thenComparing(DeadlineDto::kind);

    private final ContractRepository contracts;
    private final Clock clock;

    public DeadlineService(ContractRepository contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** Deadlines and ends of active contracts from today to today + within, soonest first. */
    public List<DeadlineDto> upcoming(Period within, String council, String capability) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plus(within);
        List<DeadlineDto> deadlines = new ArrayList<>();
        for (Contract contract : contracts.activeWithDatesBetween(today, horizon, council, capability)) {
            if (!contract.noticeDeadline.isBefore(today) && !contract.noticeDeadline.isAfter(horizon)) {
                deadlines.add(noticeDeadline(contract, today));
            }
            if (!contract.endDate.isBefore(today) && !contract.endDate.isAfter(horizon)) {
                deadlines.add(deadline(contract, Kind.END, contract.endDate, today, contract.renewalType == RenewalType.TACIT
                        ? "Ends, or renews for " + contract.renewalPeriodMonths + " months if no notice was given"
                        : "The contract ends"));
            }
        }
        deadlines.sort(SOONEST_FIRST);
        return deadlines;
    }

    private static DeadlineDto noticeDeadline(Contract contract, LocalDate today) {
        if (contract.renewalType == RenewalType.TACIT) {
            return deadline(contract, Kind.NOTICE, contract.noticeDeadline, today, "Give notice by this date, or it renews for "
                    + contract.renewalPeriodMonths + " months from " + contract.endDate);
        }
        Optional<Integer> next = contract.nextOptionIndex();
        if (next.isPresent()) {
            ExtensionOption option = contract.extensionOptions.get(next.get());
            return deadline(contract, Kind.OPTION_DECISION, contract.noticeDeadline, today, "Exercise option " + (next.get() + 1)
                    + " (" + option.months() + " months) or let the contract end on " + contract.endDate);
        }
        return deadline(contract, Kind.NOTICE, contract.noticeDeadline, today,
                "Last day of the notice period before the end on " + contract.endDate + "; no extension option is left");
    }

    private static DeadlineDto deadline(Contract c, Kind kind, LocalDate date, LocalDate today, String action) {
        return new DeadlineDto(c.id, c.council, c.reference, c.title, c.capability, kind, date,
                ChronoUnit.DAYS.between(today, date), action);
    }
}
