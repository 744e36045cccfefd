package org.buyonce.alignment.planner;

/** How a contract of a plan is doing against the plan as adopted, from the best to the worst. */
public enum Tracking {
    /** Its end (or its join date) is the plan's: its action is done. */
    DONE,
    /** Its next action's deadline is more than 30 days away. */
    ON_TRACK,
    /** Its next action's deadline is within 30 days. */
    DUE,
    /** The deadline has passed and the action is not done. */
    OVERDUE,
    /** It changed so that its adopted action can no longer reach the plan (an option declined, a termination). */
    DRIFTED;

    public Tracking worse(Tracking other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
