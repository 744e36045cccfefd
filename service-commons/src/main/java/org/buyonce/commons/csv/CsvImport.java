package org.buyonce.commons.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One streaming pass over an uploaded CSV file, inside the caller's transaction: the header is checked, every row is
 * read and checked, and valid rows are handed to the caller in chunks (to write, flush and let go, so that memory
 * stays flat) for as long as no row has failed. A bad row stops the writing but not the reading, so that the answer
 * lists every bad row with its line; the caller's transaction then rolls back what was written.
 */
public final class CsvImport {

    public static final int CHUNK = 500;
    /** The most problems one answer lists; a file that is wrong throughout needs no more to be fixed. */
    public static final int MAX_REPORTED = 1000;

    private CsvImport() {
    }

    /** A file's layout: its columns (in any order in a file), those a file must have, and how a row becomes a value. */
    public interface Layout<T> {

        CSVFormat format();

        List<String> columns();

        List<String> requiredColumns();

        /** Reads and checks one row; {@code line} counts the header as line 1. */
        Row<T> read(CSVRecord record, int columns, int line);

        /** The answer to a file with bad rows; by default a 400 listing them. */
        default ProblemException refusal(List<FieldError> errors, int badRows, long rows) {
            return invalid(errors, badRows, rows);
        }
    }

    /** A row as read: the value, or what is wrong with it (without the line, which the import adds). */
    public record Row<T>(T value, List<FieldError> errors) {

        public static <T> Row<T> of(T value, List<FieldError> errors) {
            return new Row<>(value, List.copyOf(errors));
        }
    }

    /** Imports the file; returns how many rows it had. Throws the layout's refusal if any row is bad. */
    public static <T> long run(InputStream body, long maxBytes, Layout<T> layout, Consumer<List<T>> writeChunk) {
        List<FieldError> errors = new ArrayList<>();
        int badRows = 0;
        long rows = 0;
        List<T> chunk = new ArrayList<>(CHUNK);
        CSVParser parser = null;
        try {
            parser = layout.format().parse(CsvInput.open(body, maxBytes));
            List<FieldError> header = headerErrors(parser.getHeaderNames(), layout);
            if (!header.isEmpty()) {
                throw new ProblemException(ProblemType.INVALID_INPUT, "the header is not the file's layout; nothing was imported",
                        FieldError.merged(header));
            }
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                rows++;
                int line = (int) record.getRecordNumber() + 1;
                Row<T> row = layout.read(record, columns, line);
                if (!row.errors().isEmpty()) {
                    badRows++;
                    row.errors().stream().limit(Math.max(0, MAX_REPORTED - errors.size())).map(e -> e.atLine(line)).forEach(errors::add);
                } else if (errors.isEmpty()) {
                    chunk.add(row.value());
                    if (chunk.size() == CHUNK) {
                        write(writeChunk, List.copyOf(chunk));
                        chunk.clear();
                    }
                }
            }
        } catch (IOException e) {
            throw CsvInput.failure(new UncheckedIOException(e), parser);
        } catch (WriteFailure e) {
            throw e.getCause();
        } catch (RuntimeException malformed) {
            throw CsvInput.failure(malformed, parser);
        } finally {
            CsvInput.close(parser);
        }
        if (!errors.isEmpty()) {
            throw layout.refusal(errors, badRows, rows);
        }
        if (!chunk.isEmpty()) {
            writeChunk.accept(List.copyOf(chunk));
        }
        return rows;
    }

    /** Writing a chunk failed (a database constraint, a concurrent change): not the file's fault, so not told as such. */
    private static <T> void write(Consumer<List<T>> writeChunk, List<T> chunk) {
        try {
            writeChunk.accept(chunk);
        } catch (RuntimeException e) {
            throw new WriteFailure(e);
        }
    }

    private static final class WriteFailure extends RuntimeException {

        WriteFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static List<FieldError> headerErrors(List<String> header, Layout<?> layout) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : layout.requiredColumns()) {
            if (!header.contains(column)) {
                errors.add(new FieldError(1, column, "required column missing; the columns are " + layout.columns()));
            }
        }
        for (String column : header) {
            if (!layout.columns().contains(column)) {
                errors.add(new FieldError(1, column, "unknown column; the columns are " + layout.columns()));
            }
        }
        return errors;
    }

    /** A 400 listing the bad rows' problems. */
    public static ProblemException invalid(List<FieldError> errors, int badRows, long rows) {
        String detail = badRows + " of " + rows + " rows are invalid; nothing was imported"
                + (errors.size() >= MAX_REPORTED ? " (the first " + MAX_REPORTED + " problems are listed)" : "");
        return new ProblemException(ProblemType.INVALID_INPUT, detail, FieldError.merged(errors));
    }
}
