package org.buyonce.alignment.dashboard;

import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.List;

/**
 * One capability's renewal timeline: a row per council's contract (a bar from its start to its current end, the
 * options left drawn lighter up to the latest possible end), the target T and the procurement start as lines, today
 * marked. Positions are in chart units; the same rows are the chart's table alternative.
 */
@TemplateData
public record Timeline(String capability, String title, LocalDate target, LocalDate procurementStart, String status,
        String tracking, List<Row> rows, List<Tick> ticks, double targetX, double procurementStartX, double todayX,
        double width, double height) {

    /** Height of one contract's row, and of the axis under the rows. */
    public static final double ROW = 28;
    public static final double AXIS = 24;
    /** Left margin for the rows' labels, right margin for their role and tracking. */
    public static final double LABEL = 190;
    public static final double RIGHT = 150;

    @TemplateData
    public record Row(String council, String reference, String title, LocalDate start, LocalDate end, LocalDate latestEnd,
            String role, String tracking, String note, double y, double startX, double endX, double latestX) {

        public double barWidth() {
            return Math.max(1, endX - startX);
        }

        public double optionsWidth() {
            return latestX - endX;
        }

        public double textY() {
            return y + ROW / 2 + 4;
        }

        /** The row's label in the chart: council and reference, shortened to fit the margin (the table has them whole). */
        public String label() {
            String label = council + " " + (reference == null ? "" : reference);
            return label.length() <= 26 ? label : label.substring(0, 25) + "…";
        }

        public double barY() {
            return y + 6;
        }

        public double statusX() {
            return latestX + 6;
        }

        /** What the bar's colour also says, in words. */
        public String status() {
            return tracking == null ? role : role + " · " + tracking;
        }

        /** The CSS class of the bar: its tracking when tracked (a plan), else its role. */
        public String css() {
            return (tracking == null ? role : tracking).toLowerCase().replace('_', '-').replace(' ', '-');
        }
    }

    @TemplateData
    public record Tick(int year, double x) {
    }

    public double axisLabelY() {
        return height - 6;
    }

    public double axisY() {
        return height - AXIS;
    }

    public double plotWidth() {
        return width - LABEL - RIGHT;
    }

    public double labelX() {
        return LABEL - 8;
    }
}
