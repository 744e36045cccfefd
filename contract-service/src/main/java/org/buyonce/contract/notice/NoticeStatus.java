package org.buyonce.contract.notice;

/** Where a notice owed stands: still to publish and not yet late, late, or published. */
public enum NoticeStatus {
    DUE, OVERDUE, PUBLISHED
}
