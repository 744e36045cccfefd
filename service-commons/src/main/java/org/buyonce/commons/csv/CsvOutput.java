package org.buyonce.commons.csv;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV export as a spreadsheet opens it safely: UTF-8 with a byte order mark (without one Excel reads £ and – as
 * Windows-1252), and every cell a spreadsheet would take for a formula neutralised with a leading {@code '} (OWASP CSV
 * injection), which {@link CsvInput#restored} takes off again on import.
 */
public final class CsvOutput {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    /**
     * What a spreadsheet would run or treat specially: =, +, -, @, tab or carriage return first, after any
     * apostrophes (so that a cell which itself starts with an apostrophe survives the round trip too).
     */
    static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r]");

    private CsvOutput() {
    }

    /** The cell as it is written: with a leading apostrophe if a spreadsheet would read it as a formula. */
    public static String neutralised(String cell) {
        return cell != null && FORMULA.matcher(cell).find() ? "'" + cell : cell;
    }

    /** A 200 that streams the rows as a file download named {@code filename}. */
    public static Response download(String filename, CSVFormat format, RowSource rows) {
        StreamingOutput body = output -> {
            try (CSVPrinter printer = open(output, format)) {
                rows.writeTo(cells -> {
                    try {
                        printer.printRecord(cells.stream().map(CsvOutput::neutralised).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return Response.ok(body, MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    static CSVPrinter open(OutputStream output, CSVFormat format) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        return format.print(writer);
    }

    /** The rows of an export, handed one by one to a sink, so that a large export is never held in memory. */
    @FunctionalInterface
    public interface RowSource {
        void writeTo(RowSink sink) throws IOException;
    }

    @FunctionalInterface
    public interface RowSink {
        void row(List<String> cells);
    }
}
