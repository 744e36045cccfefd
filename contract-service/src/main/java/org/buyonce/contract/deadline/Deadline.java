package org.buyonce.contract.deadline;

import org.buyonce.contract.Contract;
import org.buyonce.events.NoticeType;
import org.buyonce.contract.api.DeadlineKind;
import org.buyonce.contract.api.DeadlineResponse;

import java.time.LocalDate;

/**
 * A date a contract must be acted on by (or its end), with the contract it belongs to.
 *
 * @param number the number (from 1) of the option an OPTION_DECISION is about, or of a STATUTORY_NOTICE among the
 *               contract's notices of its type; null otherwise
 * @param notice the type of a STATUTORY_NOTICE; null otherwise
 */
public record Deadline(Contract contract, DeadlineKind kind, LocalDate date, long daysLeft, String action, Integer number,
        NoticeType notice) {

    /**
     * Which deadline of which contract this is, whatever its date: a calendar app keeps one event per key and moves it
     * when the date changes, instead of adding another.
     */
    public String key() {
        return contract.id + "-" + switch (kind) {
            case OPTION_DECISION -> "option-" + number;
            case STATUTORY_NOTICE -> notice.name().toLowerCase(java.util.Locale.ROOT) + "-" + number;
            case NOTICE -> "notice";
            case END -> "end";
        };
    }

    DeadlineResponse toResponse() {
        return new DeadlineResponse(contract.id, contract.council, contract.reference, contract.title, contract.capability,
                kind, date, daysLeft, action);
    }
}
