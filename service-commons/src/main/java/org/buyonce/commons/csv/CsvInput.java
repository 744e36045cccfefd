package org.buyonce.commons.csv;

import org.apache.commons.csv.CSVParser;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An uploaded CSV file, read strictly: UTF-8 only (a byte that is not UTF-8 makes its cell an error, with its line
 * and column, never a silent replacement character), a byte order mark allowed and dropped, and the size counted as
 * it is read, whatever the transfer encoding. Whatever goes wrong while reading becomes a 4xx problem that says where.
 */
public final class CsvInput {

    /** How Commons CSV reports a repeated header name. */
    private static final Pattern DUPLICATE_COLUMN = Pattern.compile("duplicate name: \"([^\"]*)\"");
    /** How Commons CSV reports a quote that is never closed (its start line is counted from 1, the header). */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private CsvInput() {
    }

    /** The file as text, at most {@code maxBytes} long. */
    public static Reader open(InputStream body, long maxBytes) {
        // Bytes that are not UTF-8 decode to U+FFFD, which cell() then refuses where it stands.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(new Bounded(body, maxBytes), decoder)), 1);
        try {
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw failure(e, 1);
        }
        return reader;
    }

    /** A cell as it was before {@link CsvOutput#neutralised} protected it: the apostrophe an export added comes off. */
    public static String restored(String cell) {
        return cell.startsWith("'") && CsvOutput.FORMULA.matcher(cell.substring(1)).find() ? cell.substring(1) : cell;
    }

    /** What is wrong with a cell's text, if anything: bytes that were not UTF-8, or {@link InputRules#text}'s rules. */
    public static Optional<String> cell(String value, boolean multiLine) {
        if (value.indexOf('\uFFFD') >= 0) {
            return Optional.of("holds bytes that are not UTF-8; save the file as \"CSV UTF-8\"");
        }
        return InputRules.text(value, multiLine);
    }

    /**
     * What a failure while parsing means for the client: a file too large (413), or not valid CSV (a quote never
     * closed, a repeated column...), a 400 naming the line.
     */
    public static ProblemException failure(RuntimeException e, CSVParser parser) {
        if (e instanceof ProblemException problem) {
            return problem;
        }
        long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
        Throwable cause = e instanceof UncheckedIOException io ? io.getCause() : e;
        return failure(cause, line);
    }

    /** Closes the parser (and the request body it reads) once the import is over, whatever its outcome. */
    public static void close(CSVParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException failure(Throwable cause, long line) {
        if (cause instanceof ProblemException problem) {
            return problem;
        }
        String message = String.valueOf(cause.getMessage());
        var duplicate = DUPLICATE_COLUMN.matcher(message);
        if (duplicate.find()) {
            return new ProblemException(ProblemType.INVALID_INPUT, "column " + duplicate.group(1)
                    + " appears twice in the header; nothing was imported",
                    List.of(new FieldError(1, duplicate.group(1), "appears twice in the header")));
        }
        var unclosed = UNCLOSED_QUOTE.matcher(message);
        if (unclosed.find()) {
            return new ProblemException(ProblemType.INVALID_INPUT, "a quoted cell that starts on line " + unclosed.group(1)
                    + " is never closed; nothing was imported",
                    List.of(new FieldError(Integer.parseInt(unclosed.group(1)), "row", "a quoted cell is never closed")));
        }
        String reason = message.replaceAll("^IOException reading next record: ", "");
        return new ProblemException(ProblemType.INVALID_INPUT, "the file is not valid CSV (at or after line " + line + "): "
                + reason + "; nothing was imported");
    }

    /** Counts the bytes read and refuses the file as too large once it passes the limit. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "a CSV file may have at most " + limit
                        + " bytes; this one has more; nothing was imported");
            }
        }
    }
}
