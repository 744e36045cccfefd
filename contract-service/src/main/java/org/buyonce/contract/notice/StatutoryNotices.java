package org.buyonce.contract.notice;

import org.buyonce.contract.Contract;
import org.buyonce.events.NoticeType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices a contract owes under the Procurement Act 2023 (DESIGN.md, "Statutory notices"), each with its due date
 * and status. Only an Act contract owes any, and only one that needs a contract details notice (above the threshold,
 * or at least £30,000 below it): below that, the Act asks for no notice about the contract at all.
 */
public final class StatutoryNotices {

    /** Contract details and termination notices: within 30 days of the event. */
    static final int DAYS_TO_PUBLISH = 30;

    private StatutoryNotices() {
    }

    /**
     * @param changes     the days substantial modifications were recorded (each owes a change notice that day)
     * @param publications what was published, answered in order of due date within each type
     */
    public static List<OwedNotice> owed(Contract contract, List<LocalDate> changes, List<Publication> publications, LocalDate today) {
        if (whyNotOwed(contract, NoticeType.UK7).isPresent()) {
            return List.of();
        }
        EstimatedValue value = contract.estimatedValue();
        LocalDate enteredInto = contract.enteredIntoOnOrStart();
        Map<NoticeType, List<LocalDate>> due = new EnumMap<>(NoticeType.class);
        due.put(NoticeType.UK7, List.of(enteredInto.plusDays(DAYS_TO_PUBLISH)));
        if (value.large()) {
            List<LocalDate> performance = new ArrayList<>();
            for (LocalDate anniversary = enteredInto.plusYears(1); !anniversary.isAfter(contract.endDate);
                    anniversary = enteredInto.plusYears(performance.size() + 1)) {
                performance.add(anniversary);
            }
            performance.add(contract.endDate.plusDays(DAYS_TO_PUBLISH));
            due.put(NoticeType.UK9, performance);
        }
        due.put(NoticeType.UK10, changes.stream().sorted().toList());
        due.put(NoticeType.UK11, List.of(contract.endDate.plusDays(DAYS_TO_PUBLISH)));

        List<OwedNotice> owed = new ArrayList<>();
        for (Map.Entry<NoticeType, List<LocalDate>> type : due.entrySet()) {
            List<Publication> published = publications.stream().filter(p -> p.type() == type.getKey())
                    .sorted(Comparator.comparing(Publication::publishedOn)).toList();
            List<String> missing = missing(contract, value, type.getKey());
            for (int i = 0; i < type.getValue().size(); i++) {
                LocalDate dueOn = type.getValue().get(i);
                Publication answer = i < published.size() ? published.get(i) : null;
                NoticeStatus status = answer != null ? NoticeStatus.PUBLISHED
                        : today.isAfter(dueOn) ? NoticeStatus.OVERDUE : NoticeStatus.DUE;
                owed.add(new OwedNotice(type.getKey(), i + 1, dueOn, status, answer == null ? missing : List.of(), answer));
            }
        }
        owed.sort(Comparator.comparing(OwedNotice::dueOn).thenComparing(OwedNotice::type));
        return owed;
    }

    /** Why a contract owes no notice of this type at all, whatever has been published; empty when it may owe one. */
    public static Optional<String> whyNotOwed(Contract contract, NoticeType type) {
        if (contract.regime != Regime.PA2023) {
            return Optional.of("contract " + contract.reference + " was awarded under " + contract.regime
                    + "; only contracts under the Procurement Act 2023 (PA2023) owe Find a Tender notices");
        }
        EstimatedValue value = contract.estimatedValue();
        if (!value.notifiable(contract.startDate)) {
            return Optional.of("contract " + contract.reference + " is estimated at £" + value.gross().toPlainString()
                    + " gross, under £30,000: it owes no notice");
        }
        if (type == NoticeType.UK9 && !value.large()) {
            return Optional.of("only a contract over £5,000,000 gross owes contract performance notices (UK9); contract "
                    + contract.reference + " is estimated at £" + value.gross().toPlainString());
        }
        return Optional.empty();
    }

    /**
     * What makes a change of a contract a modification beyond the Act's 10% limits, if it is one: its end moved by
     * more than a tenth of the awarded maximum term, or its estimated value by more than a tenth.
     */
    public static Optional<String> substantialModification(Terms before, Terms after) {
        long term = ChronoUnit.DAYS.between(before.start(), before.awardedMaximumEnd()) + 1;
        long moved = Math.abs(ChronoUnit.DAYS.between(before.end(), after.end()));
        if (moved * 10 > term) {
            return Optional.of("the end moved from " + before.end() + " to " + after.end() + ", " + moved
                    + " days, more than 10% of the awarded maximum term of " + term + " days");
        }
        if (before.value().movedMoreThanATenthBy(after.value())) {
            return Optional.of("the estimated value moved from £" + before.value().net().toPlainString() + " to £"
                    + after.value().net().toPlainString() + " (net), more than 10%");
        }
        return Optional.empty();
    }

    /** What a change of a contract is measured by. */
    public record Terms(LocalDate start, LocalDate awardedMaximumEnd, LocalDate end, EstimatedValue value) {

        public static Terms of(Contract contract) {
            return new Terms(contract.startDate, contract.awardedMaximumEnd, contract.endDate, contract.estimatedValue());
        }
    }

    private static List<String> missing(Contract contract, EstimatedValue value, NoticeType type) {
        List<String> missing = new ArrayList<>();
        if (contract.supplierPpon == null) {
            missing.add("the supplier's Public Procurement Organisation Number (supplier.ppon)");
        }
        if (type == NoticeType.UK7 && value.large() && contract.kpis.size() < 3) {
            missing.add("at least 3 key performance indicators (kpis) for a contract over £5,000,000; it has "
                    + contract.kpis.size());
        }
        return List.copyOf(missing);
    }
}
