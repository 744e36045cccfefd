package org.buyonce.alignment.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where bars and lines fall, exactly, from the dates. */
class TimelineChartTest {

    @Test
    void aScaleMapsDaysOntoItsWidthAndClampsAtTheEdges() {
        TimelineScale scale = new TimelineScale(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1), 600); // 730 days

        assertThat(scale.x(LocalDate.of(2026, 1, 1))).isEqualTo(0.0);
        assertThat(scale.x(LocalDate.of(2027, 1, 1))).isEqualTo(300.0);
        assertThat(scale.x(LocalDate.of(2026, 7, 2))).isEqualTo(149.6); // 182 days
        assertThat(scale.x(LocalDate.of(2025, 6, 1))).isEqualTo(0.0);
        assertThat(scale.x(LocalDate.of(2031, 6, 1))).isEqualTo(600.0);
        assertThat(scale.years()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
        assertThat(TimelineScale.covering(List.of(LocalDate.of(2027, 11, 30), LocalDate.of(2026, 3, 15)), 600))
                .isEqualTo(new TimelineScale(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1), 600));
    }

    @Test
    void barsLinesAndRowsArePlacedFromTheirDates() {
        // 2025-01-01 .. 2030-01-01 (1826 days) over the 560 units between the labels (190) and the statuses (150).
        TimelineChart.Bar cam = new TimelineChart.Bar("CAM", "CAM-ICT-014", "Telephony", LocalDate.of(2025, 4, 1),
                LocalDate.of(2027, 3, 31), LocalDate.of(2029, 3, 31), "ALIGNED", "ON_TRACK", null);
        TimelineChart.Bar scdc = new TimelineChart.Bar("SCDC", "SCDC-ICT-001", "PBX", LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 3, 31), LocalDate.of(2028, 3, 31), "ALIGNED", "DONE", null);

        Timeline timeline = TimelineChart.of("telephony", "Plan: telephony", LocalDate.of(2028, 3, 31), LocalDate.of(2027, 6, 30),
                "APPROVED", "ON_TRACK", List.of(cam, scdc), LocalDate.of(2026, 12, 2));

        Timeline.Row first = timeline.rows().get(0);
        assertThat(first.startX()).isEqualTo(217.6);
        assertThat(first.endX()).isEqualTo(441.2);
        assertThat(first.latestX()).isEqualTo(665.4);
        assertThat(first.optionsWidth()).isEqualTo(665.4 - 441.2);
        assertThat(first.y()).isEqualTo(0.0);
        assertThat(first.status()).isEqualTo("ALIGNED · ON_TRACK");
        assertThat(first.css()).isEqualTo("on-track");
        assertThat(first.label()).isEqualTo("CAM CAM-ICT-014");
        Timeline.Row second = timeline.rows().get(1);
        assertThat(second.y()).isEqualTo(28.0);
        assertThat(second.startX()).isEqualTo(301.9);
        assertThat(second.optionsWidth()).isZero();
        assertThat(timeline.targetX()).isEqualTo(553.4);
        assertThat(timeline.procurementStartX()).isEqualTo(469.1);
        assertThat(timeline.todayX()).isEqualTo(404.7);
        assertThat(timeline.height()).isEqualTo(2 * 28 + 24);
        assertThat(timeline.ticks()).extracting(Timeline.Tick::year).containsExactly(2025, 2026, 2027, 2028, 2029, 2030);
        assertThat(timeline.ticks().get(0).x()).isEqualTo(190.0);
        assertThat(timeline.ticks().get(5).x()).isEqualTo(750.0);
    }
}
