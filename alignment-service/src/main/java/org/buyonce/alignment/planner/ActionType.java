package org.buyonce.alignment.planner;

/**
 * What a council must do to bring a contract to the target. PUBLISH_CHANGE_NOTICE: a bridge of a contract under the
 * Procurement Act 2023 beyond 10% of its awarded maximum term needs a contract change notice (UK10) first.
 */
public enum ActionType {
    EXERCISE_OPTION, NEGOTIATE_BRIDGE, JOIN, GIVE_NOTICE, PUBLISH_CHANGE_NOTICE
}
