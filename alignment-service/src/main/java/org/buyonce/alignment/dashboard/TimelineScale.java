package org.buyonce.alignment.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a date falls on a timeline chart: the days from {@code from} to {@code to} mapped onto {@code width} units, a
 * date outside drawn at the nearest edge. Positions are rounded to a tenth of a unit, so that the SVG is stable.
 */
public record TimelineScale(LocalDate from, LocalDate to, double width) {

    public TimelineScale {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a timeline needs its end after its start: " + from + " .. " + to);
        }
    }

    public double x(LocalDate date) {
        long span = ChronoUnit.DAYS.between(from, to);
        long day = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(from, date)));
        return Math.round(day * width * 10 / span) / 10.0;
    }

    /** 1 January of every year inside the timeline, for the axis. */
    public List<LocalDate> years() {
        List<LocalDate> years = new ArrayList<>();
        for (LocalDate year = from.withDayOfYear(1).plusYears(from.getDayOfYear() == 1 ? 0 : 1); !year.isAfter(to); year = year.plusYears(1)) {
            years.add(year);
        }
        return years;
    }

    /** The timeline for a chart of these dates: from the start of the earliest's year to the end of the latest's. */
    public static TimelineScale covering(List<LocalDate> dates, double width) {
        LocalDate earliest = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return new TimelineScale(earliest.withDayOfYear(1), latest.withDayOfYear(1).plusYears(1), width);
    }
}
