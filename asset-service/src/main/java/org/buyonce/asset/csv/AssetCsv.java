package org.buyonce.asset.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.commons.csv.CsvInput;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The register's CSV layout: one asset per row, a header row naming the columns (any order). Councils are codes
 * separated by ';'; booleans are yes/no or true/false; dates are YYYY-MM-DD; empty means none.
 */
public final class AssetCsv {

    public static final List<String> COLUMNS = List.of("tag", "name", "type", "capability", "councils", "site",
            "responsibleParty", "criticality", "monitored", "purchaseDate", "warrantyEnd", "endOfSupport", "status",
            "supportingContractId");
    public static final List<String> REQUIRED = List.of("tag", "name", "type", "councils", "criticality");

    // Surrounding spaces go, but not by setTrim: it drops every character up to U+0020, so a stray control
    // character would vanish silently instead of being refused.
    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private AssetCsv() {
    }

    /**
     * A row read: the asset as far as it could be read, and what could not be. {@code unreadable} names the columns
     * whose cell could not be read at all, so that the field rules do not report them a second time.
     */
    record Row(AssetRequest asset, List<FieldError> errors, Set<String> unreadable) {
    }

    /** Problems with the header itself: missing required columns, columns the layout does not have. */
    static List<FieldError> headerErrors(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                errors.add(new FieldError(1, column, "required column missing; the columns are " + COLUMNS));
            }
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new FieldError(1, column, "unknown column; the columns are " + COLUMNS));
            }
        }
        return errors;
    }

    static Row read(CSVRecord record, int columns) {
        Fields fields = new Fields(record);
        if (record.size() != columns) {
            fields.errors.add(new FieldError("row", "has " + record.size() + " fields; the header has " + columns));
        }
        AssetRequest asset = new AssetRequest(fields.text("tag"), fields.text("name"),
                fields.enumValue("type", AssetType.class), fields.text("capability"), fields.councils(),
                fields.text("site"), fields.text("responsibleParty"), fields.enumValue("criticality", Criticality.class),
                fields.bool("monitored"), fields.date("purchaseDate"), fields.date("warrantyEnd"), fields.date("endOfSupport"),
                fields.enumValue("status", AssetStatus.class), fields.uuid("supportingContractId"), null);
        return new Row(asset, fields.errors, fields.unreadable);
    }

    static List<String> write(Asset a) {
        return Arrays.asList(a.tag, a.name, a.type.name(), a.capability, String.join(";", a.councils), a.site,
                a.responsibleParty, a.criticality.name(), a.monitored ? "yes" : "no", text(a.purchaseDate),
                text(a.warrantyEnd), text(a.endOfSupport), a.status.name(),
                a.supportingContractId == null ? null : a.supportingContractId.toString());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Reads the columns of one record, collecting what is malformed instead of stopping at it. */
    private static final class Fields {
        private final CSVRecord record;
        private final List<FieldError> errors = new ArrayList<>();
        private final Set<String> unreadable = new HashSet<>();

        Fields(CSVRecord record) {
            this.record = record;
        }

        String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            var problem = CsvInput.cell(value, false);
            if (problem.isPresent()) {
                wrong(column, problem.get());
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        private void wrong(String column, String message) {
            errors.add(new FieldError(column, message));
            unreadable.add(column);
        }

        List<String> councils() {
            String value = text("councils");
            if (value == null) {
                return null;
            }
            return Arrays.stream(value.split(";")).map(String::trim).filter(code -> !code.isEmpty()).toList();
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                wrong(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1" -> true;
                case "no", "n", "false", "0" -> false;
                default -> {
                    wrong(column, "'" + value + "' is not yes or no");
                    yield null;
                }
            };
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            InputRules.Result<LocalDate> date = InputRules.date(value);
            if (date.isWrong()) {
                wrong(column, date.problem());
                return null;
            }
            return date.value();
        }

        UUID uuid(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                wrong(column, "'" + value + "' is not a contract id (UUID)");
                return null;
            }
        }
    }
}
