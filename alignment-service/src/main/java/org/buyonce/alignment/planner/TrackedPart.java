package org.buyonce.alignment.planner;

import java.time.LocalDate;

/**
 * Where a contract of a plan stands: its tracking, why, and the next thing to do by when (none once it is done or has
 * drifted).
 */
public record TrackedPart(Tracking tracking, String reason, Action nextAction) {

    public LocalDate nextDeadline() {
        return nextAction == null ? null : nextAction.deadline();
    }
}
