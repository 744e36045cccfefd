package org.buyonce.alignment.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lays out a capability's timeline: the scale from the dates to show, then every row and line on it. */
public final class TimelineChart {

    /** The chart's width in SVG units; the labels take {@link Timeline#LABEL} of it. */
    static final double WIDTH = 900;

    private TimelineChart() {
    }

    /** A contract to draw, with its part in the plan or opportunity (null role: not in one). */
    public record Bar(String council, String reference, String title, LocalDate start, LocalDate end, LocalDate latestEnd,
            String role, String tracking, String note) {
    }

    public static Timeline of(String capability, String title, LocalDate target, LocalDate procurementStart, String status,
            String tracking, List<Bar> bars, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>(List.of(today));
        Stream.of(target, procurementStart).filter(d -> d != null).forEach(dates::add);
        bars.forEach(bar -> dates.addAll(List.of(bar.start(), bar.latestEnd())));
        TimelineScale scale = TimelineScale.covering(dates, WIDTH - Timeline.LABEL - Timeline.RIGHT);
        List<Timeline.Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            rows.add(new Timeline.Row(bar.council(), bar.reference(), bar.title(), bar.start(), bar.end(), bar.latestEnd(), bar.role(),
                    bar.tracking(), bar.note(), i * Timeline.ROW, x(scale, bar.start()), x(scale, bar.end()), x(scale, bar.latestEnd())));
        }
        List<Timeline.Tick> ticks = scale.years().stream().map(year -> new Timeline.Tick(year.getYear(), x(scale, year))).toList();
        return new Timeline(capability, title, target, procurementStart, status, tracking, rows, ticks,
                target == null ? -1 : x(scale, target), procurementStart == null ? -1 : x(scale, procurementStart), x(scale, today),
                WIDTH, bars.size() * Timeline.ROW + Timeline.AXIS);
    }

    /** Chart units from the left edge, past the labels. */
    private static double x(TimelineScale scale, LocalDate date) {
        return Timeline.LABEL + scale.x(date);
    }
}
