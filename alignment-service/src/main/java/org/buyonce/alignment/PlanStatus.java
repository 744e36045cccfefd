package org.buyonce.alignment;

import java.util.EnumSet;
import java.util.Set;

/** The life of an alignment plan, and the only moves allowed between its states. */
public enum PlanStatus {
    IDENTIFIED, APPROVED, IN_PROCUREMENT, AWARDED, IMPLEMENTED, CANCELLED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(IN_PROCUREMENT, CANCELLED);
            case IN_PROCUREMENT -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED -> EnumSet.of(IMPLEMENTED);
            case IMPLEMENTED, CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus status) {
        return next().contains(status);
    }

    /** A plan still being worked on; at most one per capability. */
    public boolean isOpen() {
        return this != IMPLEMENTED && this != CANCELLED;
    }
}
