package org.buyonce.contract.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.api.DeadlineKind;
import org.buyonce.contract.api.DeadlineResponse;
import org.buyonce.contract.config.DeadlinesConfig;
import org.buyonce.contract.notice.OwedNotices;
import org.buyonce.contract.notice.OwedNotice;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.events.RenewalType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dates procurement officers must act by across all councils: option decisions, notice deadlines, ends, and the
 * Find a Tender notices still to publish.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineService {

    /** The horizon of a window with no end: later than any date a contract can hold. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Comparator<Deadline> SOONEST_FIRST = Comparator.comparing(Deadline::date)
            .thenComparing(d -> d.contract().council).thenComparing(d -> d.contract().reference).thenComparing(Deadline::kind);

    private final ContractRepository contracts;
    private final DeadlinesConfig config;
    private final Clock clock;
    private final OwedNotices owedNotices;

    public DeadlineService(ContractRepository contracts, DeadlinesConfig config, Clock clock, OwedNotices owedNotices) {
        this.contracts = contracts;
        this.owedNotices = owedNotices;
        this.config = config;
        this.clock = clock;
    }

    /** One page of the deadlines from today to today + within (the configured window when null). */
    public Page<DeadlineResponse> page(Period within, String council, String capability, PageRequest page) {
        return Page.slice(upcoming(within == null ? config.window() : within, council, capability).stream()
                .map(Deadline::toResponse).toList(), page);
    }

    /**
     * The iCalendar feed of the deadlines from today to today + within (when null, the calendar's window, or every
     * deadline ahead when none is set), of one council or all of them.
     */
    public String calendar(Period within, String council, String capability) {
        String name = "BuyOnce contract deadlines" + (council == null ? "" : " – " + council);
        return new DeadlineCalendar(name, config.calendarReminder(), config.calendarRefresh())
                .render(upcoming(within != null ? within : config.calendarWindow().orElse(null), council, capability), Instant.now(clock));
    }

    /** Deadlines and ends of active contracts from today to today + within (null: however far), soonest first. */
    List<Deadline> upcoming(Period within, String council, String capability) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = within == null ? LAST_DAY : today.plus(within);
        List<Deadline> deadlines = new ArrayList<>();
        for (Contract contract : contracts.activeWithDatesBetween(today, horizon, council, capability)) {
            if (!contract.noticeDeadline.isBefore(today) && !contract.noticeDeadline.isAfter(horizon)) {
                deadlines.add(noticeDeadline(contract, today));
            }
            if (!contract.endDate.isBefore(today) && !contract.endDate.isAfter(horizon)) {
                deadlines.add(deadline(contract, DeadlineKind.END, contract.endDate, today, contract.renewalType == RenewalType.TACIT
                        ? "Ends, or renews for " + contract.renewalPeriodMonths + " months if no notice was given"
                        : "The contract ends", null));
            }
        }
        statutoryNotices(today, horizon, council, capability, deadlines);
        deadlines.sort(SOONEST_FIRST);
        return deadlines;
    }

    /** The Find a Tender notices still to publish, due from today to the horizon. */
    private void statutoryNotices(LocalDate today, LocalDate horizon, String council, String capability, List<Deadline> deadlines) {
        List<Contract> act = contracts.underTheAct(council).stream()
                .filter(contract -> capability == null || capability.equals(contract.capability)).toList();
        Map<UUID, List<OwedNotice>> owed = owedNotices.unpublished(act);
        for (Contract contract : act) {
            for (OwedNotice notice : owed.get(contract.id)) {
                if (!notice.dueOn().isBefore(today) && !notice.dueOn().isAfter(horizon)) {
                    deadlines.add(new Deadline(contract, DeadlineKind.STATUTORY_NOTICE, notice.dueOn(),
                            ChronoUnit.DAYS.between(today, notice.dueOn()), notice.type().toDo(), notice.number(), notice.type()));
                }
            }
        }
    }

    private static Deadline noticeDeadline(Contract contract, LocalDate today) {
        if (contract.renewalType == RenewalType.TACIT) {
            return deadline(contract, DeadlineKind.NOTICE, contract.noticeDeadline, today, "Give notice by this date, or it renews for "
                    + contract.renewalPeriodMonths + " months from " + contract.endDate, null);
        }
        Optional<Integer> next = contract.nextOptionIndex();
        if (next.isPresent()) {
            ExtensionOption option = contract.extensionOptions.get(next.get());
            return deadline(contract, DeadlineKind.OPTION_DECISION, contract.noticeDeadline, today, "Exercise option " + (next.get() + 1)
                    + " (" + option.months() + " months) or let the contract end on " + contract.endDate, next.get() + 1);
        }
        return deadline(contract, DeadlineKind.NOTICE, contract.noticeDeadline, today,
                "Last day of the notice period before the end on " + contract.endDate + "; no extension option is left", null);
    }

    private static Deadline deadline(Contract c, DeadlineKind kind, LocalDate date, LocalDate today, String action, Integer option) {
        return new Deadline(c, kind, date, ChronoUnit.DAYS.between(today, date), action, option, null);
    }
}
