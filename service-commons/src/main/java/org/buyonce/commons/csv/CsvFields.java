package org.buyonce.commons.csv;

import org.apache.commons.csv.CSVRecord;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The cells of one CSV row, read by column name under {@link InputRules}, collecting what is malformed instead of
 * stopping at it. An absent column or an empty cell is null. {@link #unreadable()} names the columns whose cell could
 * not be read at all, so that the field rules checked afterwards do not report them a second time.
 */
public final class CsvFields {

    private final CSVRecord record;
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();

    public CsvFields(CSVRecord record, int columns) {
        this.record = record;
        if (record.size() != columns) {
            errors.add(new FieldError("row", "has " + record.size() + " fields; the header has " + columns));
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Set<String> unreadable() {
        return unreadable;
    }

    /** Single-line text, as exported (a formula guard taken off again). */
    public String text(String column) {
        return text(column, false);
    }

    /** Text that may hold line feeds and tabs. */
    public String multiLineText(String column) {
        return text(column, true);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return wrong(column, "'" + InputRules.printable(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** yes/no, y/n, true/false or 1/0. */
    public Boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> wrong(column, "'" + InputRules.printable(value) + "' is not yes or no");
        };
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        InputRules.Result<LocalDate> date = InputRules.date(value);
        return date.isWrong() ? wrong(column, date.problem()) : date.value();
    }

    /** A plain decimal number (no thousands separators, no currency sign), bounded like a JSON number. */
    public BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.length() > 40 || !value.matches("-?\\d+(\\.\\d+)?")) {
            return wrong(column, "'" + InputRules.printable(value) + "' is not a number such as 60000.00 (no commas or £)");
        }
        InputRules.Result<BigDecimal> decimal = InputRules.decimal(new BigDecimal(value));
        return decimal.isWrong() ? wrong(column, decimal.problem()) : decimal.value();
    }

    public Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?\\d{1,9}")) {
            return wrong(column, "'" + InputRules.printable(value) + "' is not a whole number");
        }
        return Integer.valueOf(value);
    }

    public UUID uuid(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return wrong(column, "'" + InputRules.printable(value) + "' is not an id (UUID)");
        }
    }

    /** A value the row breaks: recorded against its column, and null for the value. */
    public <T> T wrong(String column, String message) {
        errors.add(new FieldError(column, message));
        unreadable.add(column);
        return null;
    }

    private String text(String column, boolean multiLine) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = CsvInput.restored(record.get(column));
        var problem = CsvInput.cell(value, multiLine);
        if (problem.isPresent()) {
            return wrong(column, problem.get());
        }
        return value.isEmpty() ? null : value;
    }
}
