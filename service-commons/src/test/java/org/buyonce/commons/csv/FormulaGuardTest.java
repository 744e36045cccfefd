package org.buyonce.commons.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP CSV injection: what a spreadsheet would run is written with a leading apostrophe, and read back without it. */
class FormulaGuardTest {

    @Test
    void everyCellASpreadsheetWouldRunGetsAnApostrophe() {
        assertThat(CsvOutput.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvOutput.neutralised("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvOutput.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvOutput.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvOutput.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvOutput.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvOutput.neutralised("'=1")).as("an apostrophe of the cell's own").isEqualTo("''=1");
    }

    @Test
    void otherCellsAreWrittenAsTheyAre() {
        assertThat(CsvOutput.neutralised("Telephony platform")).isEqualTo("Telephony platform");
        assertThat(CsvOutput.neutralised("60000.00")).isEqualTo("60000.00");
        assertThat(CsvOutput.neutralised("2027-03-31")).isEqualTo("2027-03-31");
        assertThat(CsvOutput.neutralised("O'Neill = 1")).isEqualTo("O'Neill = 1");
        assertThat(CsvOutput.neutralised("'quoted'")).isEqualTo("'quoted'");
        assertThat(CsvOutput.neutralised("")).isEmpty();
        assertThat(CsvOutput.neutralised(null)).isNull();
    }

    @Test
    void anImportTakesOffExactlyTheApostropheTheExportAdded() {
        for (String cell : new String[] {"=1+1", "-2+3", "@SUM(A1)", "'=1", "''+x", "'quoted'", "plain", "", "\t=1"}) {
            assertThat(CsvInput.restored(CsvOutput.neutralised(cell))).as(cell).isEqualTo(cell);
        }
        assertThat(CsvInput.restored("'quoted'")).isEqualTo("'quoted'");
    }
}
