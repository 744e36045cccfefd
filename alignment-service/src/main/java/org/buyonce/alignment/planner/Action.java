package org.buyonce.alignment.planner;

import java.time.LocalDate;

/** Something a council must do, by a date, to bring a contract to the target. */
public record Action(Type type, LocalDate deadline, String detail) {

    public enum Type {
        EXERCISE_OPTION, NEGOTIATE_BRIDGE, JOIN, GIVE_NOTICE
    }
}
