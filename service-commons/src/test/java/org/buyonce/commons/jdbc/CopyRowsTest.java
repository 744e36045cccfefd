package org.buyonce.commons.jdbc;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyRowsTest {

    @Test
    void valuesAreTabSeparatedRowsEndWithANewlineAndNullIsBackslashN() {
        CopyRows rows = CopyRows.into("asset", "id", "name", "monitored", "purchase_date", "created_at", "site");
        rows.add(UUID.fromString("7f0c1c5e-0000-4000-8000-000000000001")).add("Desktop 1").add(true)
                .add(LocalDate.of(2022, 1, 10)).add(Instant.parse("2026-12-04T01:13:09.123456Z")).add(null).endRow();

        assertThat(rows.rows()).isEqualTo(1);
        assertThat(rows.take()).isEqualTo("7f0c1c5e-0000-4000-8000-000000000001\tDesktop 1\ttrue\t2022-01-10\t2026-12-04T01:13:09.123456Z\t\\N\n");
        assertThat(rows.rows()).as("taken").isZero();
    }

    @Test
    void aBackslashTabNewlineOrCarriageReturnInAValueIsEscapedSoItStaysOneValue() {
        CopyRows rows = CopyRows.into("asset", "name");
        rows.add("C:\\Share\tA\r\nB \\N").endRow();

        assertThat(rows.take()).isEqualTo("C:\\\\Share\\tA\\r\\nB \\\\N\n");
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsAMistake() {
        CopyRows rows = CopyRows.into("asset", "id", "name");
        rows.add("a");
        assertThatThrownBy(rows::endRow).hasMessageContaining("has 2 values, not 1");
        rows.add("b");
        assertThatThrownBy(() -> rows.add("c")).hasMessageContaining("has 2 values");
    }
}
