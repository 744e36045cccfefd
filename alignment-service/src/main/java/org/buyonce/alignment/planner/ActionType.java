package org.buyonce.alignment.planner;

/** What a council must do to bring a contract to the target. */
public enum ActionType {
    EXERCISE_OPTION, NEGOTIATE_BRIDGE, JOIN, GIVE_NOTICE
}
