package org.buyonce.commons.jdbc;

import java.util.List;

/** Rows for one PostgreSQL {@code COPY ... FROM STDIN} (text format), which {@link BulkCopy} writes. */
public final class CopyRows {

    private final String statement;
    private final int columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int inRow;
    private int rows;

    private CopyRows(String table, List<String> columns) {
        this.statement = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.columns = columns.size();
    }

    public static CopyRows into(String table, String... columns) {
        return new CopyRows(table, List.of(columns));
    }

    /**
     * The next value of the row: null is SQL NULL; anything else is written as its {@code toString()}, which is what
     * PostgreSQL reads for text, numbers, booleans, UUIDs, ISO dates and instants, and enum names.
     */
    public CopyRows add(Object value) {
        if (inRow == columns) {
            throw new IllegalStateException("a row of " + statement + " has " + columns + " values");
        }
        if (inRow > 0) {
            text.append('\t');
        }
        if (value == null) {
            text.append("\\N");
        } else {
            escape(value.toString());
        }
        inRow++;
        return this;
    }

    /** Ends the row; every column must have had its value. */
    public CopyRows endRow() {
        if (inRow != columns) {
            throw new IllegalStateException("a row of " + statement + " has " + columns + " values, not " + inRow);
        }
        text.append('\n');
        inRow = 0;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    String statement() {
        return statement;
    }

    /** Hands the rows over (to {@link BulkCopy}) and starts over empty. */
    String take() {
        if (inRow != 0) {
            throw new IllegalStateException("the last row of " + statement + " is not ended");
        }
        String rows = text.toString();
        text.setLength(0);
        this.rows = 0;
        return rows;
    }

    /** Backslash, tab, newline and carriage return would end a value or a row; the text format escapes them. */
    private void escape(String value) {
        // Most values have none of them: four vectorised scans and one array copy beat a loop over the characters.
        if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\t') < 0 && value.indexOf('\r') < 0) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
