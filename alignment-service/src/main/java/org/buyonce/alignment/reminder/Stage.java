package org.buyonce.alignment.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** When an owner is reminded of a deadline: 90, 30 and 7 days before it, and once when it has passed. */
enum Stage {
    D90(90), D30(30), D7(7), OVERDUE(-1);

    private final int days;

    Stage(int days) {
        this.days = days;
    }

    /** The reminder due today for a deadline, if any: the nearest stage reached, so a late start sends only that one. */
    static Optional<Stage> of(LocalDate deadline, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, deadline);
        if (left < 0) {
            return Optional.of(OVERDUE);
        }
        for (Stage stage : new Stage[] {D7, D30, D90}) {
            if (left <= stage.days) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
