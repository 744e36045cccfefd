package org.buyonce.contract.notice;

import org.buyonce.events.NoticeType;

import java.time.LocalDate;
import java.util.List;

/**
 * One notice a contract owes: its type, the last day to publish it, where it stands, what the notice still lacks
 * (it can be published without it only incomplete), and the publication that answered it, if any.
 *
 * @param number which of the contract's notices of its type this is, from 1 in order of due date
 */
public record OwedNotice(NoticeType type, int number, LocalDate dueOn, NoticeStatus status, List<String> missing,
        Publication publication) {
}
