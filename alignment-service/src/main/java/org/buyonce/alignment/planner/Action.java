package org.buyonce.alignment.planner;

import java.time.LocalDate;

/** Something a council must do, by a date, to bring a contract to the target. */
public record Action(ActionType type, LocalDate deadline, String detail) {
}
