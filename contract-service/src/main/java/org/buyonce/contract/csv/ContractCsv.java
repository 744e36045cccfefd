package org.buyonce.contract.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.buyonce.commons.csv.CsvFields;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.ExtensionOptionRequest;
import org.buyonce.contract.api.OwnerRequest;
import org.buyonce.contract.api.ParticipantRequest;
import org.buyonce.contract.api.SupplierRequest;
import org.buyonce.contract.notice.Regime;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Contracts as a council publishes them under the Local Government Transparency Code 2015 (its columns, named as the
 * Code names its fields), plus the columns BuyOnce needs to read a contract back exactly. One contract per row, a
 * header naming the columns in any order; dates YYYY-MM-DD; money in pounds without commas or £; yes/no; lists
 * separated by ';'. Review Date and Status are derived: written, and ignored on import.
 */
public final class ContractCsv {

    static final String COUNCIL = "Council";
    // The Transparency Code's fields for a contract over £5,000.
    static final String REFERENCE = "Reference Number";
    static final String TITLE = "Title of Agreement";
    static final String DEPARTMENT = "Department Responsible";
    static final String DESCRIPTION = "Description of Goods and Services";
    static final String SUPPLIER = "Supplier Name";
    static final String REGISTRATION = "Supplier Registration Number";
    static final String ANNUAL_SPEND = "Estimated Annual Spending";
    static final String VAT = "Irrecoverable VAT";
    static final String START = "Start Date";
    static final String END = "End Date";
    static final String REVIEW = "Review Date";
    static final String PROCESS = "Procurement Process";
    static final String SME = "SME";
    static final String VCSE = "VCSE";
    // What BuyOnce needs besides, to plan renewals and read the contract back exactly.
    static final String CAPABILITY = "Capability";
    static final String NOTICE = "Notice Period Months";
    static final String RENEWAL = "Renewal Type";
    static final String RENEWAL_PERIOD = "Renewal Period Months";
    static final String OPTIONS = "Extension Options";
    static final String PARTICIPANTS = "Participants";
    // What the Procurement Act 2023's notices need.
    static final String REGIME = "Regime";
    static final String ENTERED_INTO = "Entered Into";
    static final String AWARDED_MAXIMUM_END = "Awarded Maximum End";
    static final String VAT_RATE = "VAT Rate";
    static final String KPIS = "KPIs";
    static final String PPON = "Supplier PPON";
    static final String OWNER = "Owner Name";
    static final String OWNER_EMAIL = "Owner Email";
    static final String PLAN = "Plan Id";
    static final String REPLACES = "Replaces";
    static final String REPLACED_BY = "Replaced By";
    static final String STATUS = "Status";

    public static final List<String> COLUMNS = List.of(COUNCIL, REFERENCE, TITLE, DEPARTMENT, DESCRIPTION, SUPPLIER,
            REGISTRATION, ANNUAL_SPEND, VAT, START, END, REVIEW, PROCESS, SME, VCSE, CAPABILITY, NOTICE, RENEWAL,
            RENEWAL_PERIOD, OPTIONS, PARTICIPANTS, REGIME, ENTERED_INTO, AWARDED_MAXIMUM_END, VAT_RATE, KPIS, PPON, OWNER, OWNER_EMAIL, PLAN, REPLACES,
            REPLACED_BY, STATUS);
    public static final List<String> REQUIRED = List.of(COUNCIL, REFERENCE, TITLE, SUPPLIER, ANNUAL_SPEND, START, END,
            CAPABILITY, NOTICE, RENEWAL);

    /** The column of each request field, so that a problem found by the API's rules names the file's column. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("council", COUNCIL),
            Map.entry("reference", REFERENCE), Map.entry("title", TITLE), Map.entry("department", DEPARTMENT),
            Map.entry("description", DESCRIPTION), Map.entry("supplier", SUPPLIER), Map.entry("supplier.name", SUPPLIER),
            Map.entry("supplier.companyNumber", REGISTRATION), Map.entry("supplier.sme", SME), Map.entry("supplier.vcse", VCSE),
            Map.entry("annualValue", ANNUAL_SPEND), Map.entry("irrecoverableVat", VAT), Map.entry("startDate", START),
            Map.entry("endDate", END), Map.entry("procurementRoute", PROCESS), Map.entry("capability", CAPABILITY),
            Map.entry("noticePeriodMonths", NOTICE), Map.entry("renewalType", RENEWAL),
            Map.entry("renewalPeriodMonths", RENEWAL_PERIOD), Map.entry("extensionOptions", OPTIONS),
            Map.entry("participants", PARTICIPANTS), Map.entry("regime", REGIME), Map.entry("enteredIntoOn", ENTERED_INTO),
            Map.entry("awardedMaximumEnd", AWARDED_MAXIMUM_END), Map.entry("vatRate", VAT_RATE), Map.entry("kpis", KPIS),
            Map.entry("supplier.ppon", PPON), Map.entry("owner", OWNER_EMAIL), Map.entry("owner.name", OWNER),
            Map.entry("owner.email", OWNER_EMAIL), Map.entry("planId", PLAN), Map.entry("replaces", REPLACES));

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

    private ContractCsv() {
    }

    /** A row as a contract request; what cannot be read is in the fields' errors. */
    static ContractRequest read(CsvFields fields) {
        return new ContractRequest(fields.text(COUNCIL), fields.text(REFERENCE), fields.text(TITLE),
                fields.multiLineText(DESCRIPTION), fields.text(DEPARTMENT),
                new SupplierRequest(fields.text(SUPPLIER), fields.text(REGISTRATION), fields.bool(SME), fields.bool(VCSE),
                        fields.text(PPON)),
                fields.text(CAPABILITY), fields.date(START), fields.date(END), options(fields), fields.integer(NOTICE),
                fields.enumValue(RENEWAL, RenewalType.class), fields.integer(RENEWAL_PERIOD), fields.decimal(ANNUAL_SPEND),
                fields.decimal(VAT), fields.text(PROCESS), participants(fields), fields.enumValue(REGIME, Regime.class),
                fields.date(ENTERED_INTO), fields.date(AWARDED_MAXIMUM_END), fields.decimal(VAT_RATE), kpis(fields),
                owner(fields), fields.uuid(PLAN), replaces(fields), null);
    }

    /** A problem the API's rules found, named by the file's column (the field path kept in the message). */
    static FieldError inColumns(FieldError error) {
        String field = error.field();
        String root = field.replaceAll("[\\[.].*$", "");
        String column = COLUMN_OF_FIELD.getOrDefault(field, COLUMN_OF_FIELD.getOrDefault(root, field));
        return new FieldError(error.line(), column, field.equals(root) || COLUMN_OF_FIELD.containsKey(field)
                ? error.message() : field + ": " + error.message());
    }

    static List<String> write(Contract c) {
        return Arrays.asList(c.council, c.reference, c.title, c.department, c.description, c.supplierName,
                c.supplierCompanyNumber, c.annualValue.toPlainString(), c.irrecoverableVat == null ? null : c.irrecoverableVat.toPlainString(),
                text(c.startDate), text(c.endDate), c.status == ContractStatus.ACTIVE ? text(c.noticeDeadline) : null,
                c.procurementRoute, yesNo(c.supplierSme), yesNo(c.supplierVcse), c.capability, String.valueOf(c.noticePeriodMonths),
                c.renewalType.name(), c.renewalPeriodMonths == null ? null : String.valueOf(c.renewalPeriodMonths),
                c.extensionOptions.stream().map(ContractCsv::option).collect(Collectors.joining(";")),
                c.participants.stream().map(p -> p.council() + ":" + p.sharePercent().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(";")),
                c.regime.name(), text(c.enteredIntoOn), text(c.awardedMaximumEnd), c.vatRate.stripTrailingZeros().toPlainString(),
                String.join(";", c.kpis), c.supplierPpon, c.ownerName, c.ownerEmail, c.planId == null ? null : c.planId.toString(),
                c.replaces.stream().map(UUID::toString).collect(Collectors.joining(";")),
                c.replacedBy == null ? null : c.replacedBy.toString(), c.status.name());
    }

    private static List<String> kpis(CsvFields fields) {
        String cell = fields.text(KPIS);
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::trim).filter(kpi -> !kpi.isEmpty()).toList();
    }

    /** An owner when either cell is filled (the API's rules then ask for both). */
    private static OwnerRequest owner(CsvFields fields) {
        String name = fields.text(OWNER);
        String email = fields.text(OWNER_EMAIL);
        return name == null && email == null ? null : new OwnerRequest(name, email);
    }

    private static List<UUID> replaces(CsvFields fields) {
        String cell = fields.text(REPLACES);
        if (cell == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String item : cell.split(";")) {
            try {
                ids.add(UUID.fromString(item.trim()));
            } catch (IllegalArgumentException e) {
                return fields.wrong(REPLACES, "'" + InputRules.printable(item.trim()) + "' is not a contract id; give the ids "
                        + "separated by ';'");
            }
        }
        return ids;
    }

    /** "12" for an AVAILABLE option of 12 months, "12:EXERCISED" otherwise. */
    private static String option(ExtensionOption option) {
        return option.status() == OptionStatus.AVAILABLE ? String.valueOf(option.months()) : option.months() + ":" + option.status();
    }

    private static List<ExtensionOptionRequest> options(CsvFields fields) {
        String cell = fields.text(OPTIONS);
        if (cell == null) {
            return List.of();
        }
        List<ExtensionOptionRequest> options = new ArrayList<>();
        for (String item : cell.split(";")) {
            String[] parts = item.trim().split(":", 2);
            try {
                OptionStatus status = parts.length > 1 ? OptionStatus.valueOf(parts[1].trim().toUpperCase(Locale.ROOT)) : null;
                options.add(new ExtensionOptionRequest(Integer.valueOf(parts[0].trim()), status));
            } catch (IllegalArgumentException e) {
                return fields.wrong(OPTIONS, "'" + InputRules.printable(item.trim()) + "' is not months, or months:STATUS "
                        + "such as 12:EXERCISED (the statuses are " + Arrays.toString(OptionStatus.values()) + ")");
            }
        }
        return options;
    }

    private static List<ParticipantRequest> participants(CsvFields fields) {
        String cell = fields.text(PARTICIPANTS);
        if (cell == null) {
            return List.of();
        }
        List<ParticipantRequest> participants = new ArrayList<>();
        for (String item : cell.split(";")) {
            String[] parts = item.trim().split(":", 2);
            if (parts.length != 2 || !parts[1].trim().matches("\\d{1,3}(\\.\\d{1,2})?")) {
                return fields.wrong(PARTICIPANTS, "'" + InputRules.printable(item.trim()) + "' is not COUNCIL:SHARE such as SCDC:50");
            }
            participants.add(new ParticipantRequest(parts[0].trim(), new BigDecimal(parts[1].trim())));
        }
        return participants;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }
}
