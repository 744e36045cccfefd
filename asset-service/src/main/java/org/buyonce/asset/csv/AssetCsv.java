package org.buyonce.asset.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.commons.csv.CsvFields;
import org.buyonce.commons.csv.CsvImport;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

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
     * The layout for an import; {@code check} adds the field rules (those of the API) to what the cells themselves
     * break, given the columns already reported as unreadable.
     */
    static CsvImport.Layout<AssetRequest> layout(BiFunction<AssetRequest, Set<String>, List<FieldError>> check) {
        return new CsvImport.Layout<>() {
            @Override
            public CSVFormat format() {
                return READ;
            }

            @Override
            public List<String> columns() {
                return COLUMNS;
            }

            @Override
            public List<String> requiredColumns() {
                return REQUIRED;
            }

            @Override
            public CsvImport.Row<AssetRequest> read(CSVRecord record, int columns, int line) {
                CsvFields fields = new CsvFields(record, columns);
                AssetRequest asset = AssetCsv.read(fields);
                fields.errors().addAll(check.apply(asset, fields.unreadable()));
                return CsvImport.Row.of(asset, fields.errors());
            }
        };
    }

    static AssetRequest read(CsvFields fields) {
        String councils = fields.text("councils");
        return new AssetRequest(fields.text("tag"), fields.text("name"), fields.enumValue("type", AssetType.class),
                fields.text("capability"),
                councils == null ? null : Arrays.stream(councils.split(";")).map(String::trim).filter(code -> !code.isEmpty()).toList(),
                fields.text("site"), fields.text("responsibleParty"), fields.enumValue("criticality", Criticality.class),
                fields.bool("monitored"), fields.date("purchaseDate"), fields.date("warrantyEnd"), fields.date("endOfSupport"),
                fields.enumValue("status", AssetStatus.class), fields.uuid("supportingContractId"), null);
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
}
