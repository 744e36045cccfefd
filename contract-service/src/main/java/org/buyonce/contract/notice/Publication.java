package org.buyonce.contract.notice;

import org.buyonce.events.NoticeType;

import java.time.LocalDate;

/** A notice a council published on Find a Tender, as an officer recorded it. */
public record Publication(NoticeType type, LocalDate publishedOn, String noticeId, String url) {
}
