package org.buyonce.contract.ocds;

import org.buyonce.commons.ocds.Ocds;
import org.buyonce.contract.Capability;
import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.Participant;
import org.buyonce.contract.notice.EstimatedValue;
import org.buyonce.contract.notice.NoticePublication;
import org.buyonce.events.NoticeType;
import org.buyonce.contract.notice.Regime;
import org.buyonce.events.ContractStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One version of a contract as an OCDS release. The council is the buyer (and, with the other councils sharing the cost,
 * a payer); the supplier is identified by its Companies House number (scheme GB-COH); the contract's value is its
 * annual value over the current term; its period runs from the start to the current end, and {@code maxExtentDate} is
 * the latest possible end. The first version is tagged {@code contract}, one that terminates it
 * {@code contractTermination}, one that moves its dates, options or value {@code contractAmendment} (with the
 * amendment described), any other {@code contractUpdate}. A contract under the Procurement Act 2023 carries Find a
 * Tender's UK fields: {@code aboveThreshold}, {@code value.amountGross} and a document per notice published
 * ({@code noticeType}); a supplier with a PPON is identified by it (scheme GB-PPON).
 */
final class ContractRelease {

    static final String GBP = "GBP";
    private final String ocidPrefix;
    private final ZoneId zone;
    private final Function<String, String> councilName;
    private final Function<String, Optional<Capability>> capability;

    ContractRelease(String ocidPrefix, ZoneId zone, Function<String, String> councilName,
            Function<String, Optional<Capability>> capability) {
        this.ocidPrefix = ocidPrefix;
        this.zone = zone;
        this.councilName = councilName;
        this.capability = capability;
    }

    String ocid(Contract contract) {
        return ocidPrefix + "-" + contract.id;
    }

    String releaseId(Contract contract) {
        return ocid(contract) + "-" + contract.version;
    }

    /**
     * The release of {@code contract} as it was saved at {@code at}; {@code previous} is its version before, if any, and
     * {@code published} the notices published for it (a document each in the versions from the one recording it).
     */
    Ocds.Release of(Contract contract, Instant at, Contract previous, List<NoticePublication> published) {
        String date = Ocds.dateTime(at, zone);
        BigDecimal value = termValue(contract);
        List<Ocds.Document> documents = published.stream().filter(p -> p.contractVersion <= contract.version).map(this::document).toList();
        Ocds.Contract ocdsContract = contract(contract, new Ocds.Value(value, GBP, underTheAct(contract) ? EstimatedValue.withVat(value, contract.vatRate) : null),
                documents.isEmpty() ? null : documents, amendments(contract, previous, date));
        return release(contract, releaseId(contract), date, tag(contract, previous), ocdsContract);
    }

    /**
     * A notice's data as Find a Tender takes it: the contract as it stands, valued over its awarded maximum term (net
     * and gross), with the notice as its document, not yet published.
     */
    Ocds.Release draft(Contract contract, NoticeType type, Instant now) {
        EstimatedValue estimate = contract.estimatedValue();
        Ocds.Document notice = new Ocds.Document(type.name(), "contractNotice", title(type), null, null, type.name());
        Ocds.Contract ocdsContract = contract(contract, new Ocds.Value(estimate.net(), GBP, estimate.gross()), List.of(notice), null);
        return release(contract, ocid(contract) + "-" + type.name().toLowerCase(java.util.Locale.ROOT) + "-draft",
                Ocds.dateTime(now, zone), switch (type) {
                    case UK7 -> "contract";
                    case UK9 -> "implementation";
                    case UK10 -> "contractAmendment";
                    case UK11 -> "contractTermination";
                }, ocdsContract);
    }

    private Ocds.Contract contract(Contract contract, Ocds.Value value, List<Ocds.Document> documents, List<Ocds.Amendment> amendments) {
        String id = contract.id.toString();
        return new Ocds.Contract(id, id, contract.title, contract.description, status(contract),
                new Ocds.Period(startOfDay(contract.startDate), endOfDay(contract.endDate),
                        contract.latestPossibleEnd().map(this::endOfDay).orElse(null)),
                value, items(contract), documents, amendments,
                underTheAct(contract) ? contract.estimatedValue().aboveThreshold(contract.startDate) : null);
    }

    private Ocds.Release release(Contract contract, String releaseId, String date, String tag, Ocds.Contract ocdsContract) {
        String id = contract.id.toString();
        Ocds.OrganizationReference supplier = new Ocds.OrganizationReference(supplierId(contract), contract.supplierName);
        return new Ocds.Release(ocid(contract), releaseId, date, List.of(tag), "tender", "en",
                parties(contract), new Ocds.OrganizationReference(contract.council, councilName.apply(contract.council)),
                null, contract.procurementRoute == null ? null : Ocds.Tender.procured(id, contract.procurementRoute),
                List.of(new Ocds.Award(id, "active", List.of(supplier))), List.of(ocdsContract), relatedProcesses(contract));
    }

    /** The plan a joint contract was procured for (alignment-service's planning release) and the contracts it replaces. */
    private List<Ocds.RelatedProcess> relatedProcesses(Contract contract) {
        List<Ocds.RelatedProcess> related = new ArrayList<>();
        if (contract.planId != null) {
            related.add(Ocds.RelatedProcess.byOcid("plan", "planning", "The alignment plan of the joint procurement",
                    ocidPrefix + "-" + contract.planId));
        }
        for (UUID replaced : contract.replaces) {
            related.add(Ocds.RelatedProcess.byOcid(replaced.toString(), "prior", "A contract it replaces", ocidPrefix + "-" + replaced));
        }
        return related.isEmpty() ? null : related;
    }

    private Ocds.Document document(NoticePublication publication) {
        return new Ocds.Document(publication.noticeId, "contractNotice", title(publication.type), publication.url,
                startOfDay(publication.publishedOn), publication.type.name());
    }

    private static String title(NoticeType type) {
        return capitalised(type.title()) + " (" + type.name() + ")";
    }

    private static boolean underTheAct(Contract contract) {
        return contract.regime == Regime.PA2023;
    }


    static String tag(Contract contract, Contract previous) {
        if (previous == null) {
            return "contract";
        }
        if (contract.status == ContractStatus.TERMINATED && previous.status != ContractStatus.TERMINATED) {
            return "contractTermination";
        }
        return amends(contract, previous) ? "contractAmendment" : "contractUpdate";
    }

    /** Whether a version changed what was agreed: the dates, the options, or the value. */
    private static boolean amends(Contract contract, Contract previous) {
        return !changes(contract, previous).isEmpty();
    }

    private static List<String> changes(Contract contract, Contract previous) {
        List<String> changes = new ArrayList<>();
        if (!contract.startDate.equals(previous.startDate)) {
            changes.add("start " + previous.startDate + " to " + contract.startDate);
        }
        if (!contract.endDate.equals(previous.endDate)) {
            changes.add("end " + previous.endDate + " to " + contract.endDate);
        }
        if (!Objects.equals(contract.extensionOptions, previous.extensionOptions)) {
            changes.add("extension options " + options(previous.extensionOptions) + " to " + options(contract.extensionOptions));
        }
        if (contract.annualValue.compareTo(previous.annualValue) != 0) {
            changes.add("annual value " + previous.annualValue + " to " + contract.annualValue + " " + GBP);
        }
        return changes;
    }

    private static String options(List<ExtensionOption> options) {
        return options.isEmpty() ? "none" : String.join(", ", options.stream()
                .map(option -> option.months() + " months " + option.status().name().toLowerCase()).toList());
    }

    private List<Ocds.Amendment> amendments(Contract contract, Contract previous, String date) {
        if (previous == null || !amends(contract, previous)) {
            return null;
        }
        String description = String.join("; ", changes(contract, previous));
        return List.of(new Ocds.Amendment(String.valueOf(contract.version), date, capitalised(description),
                releaseId(previous), releaseId(contract)));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private List<Ocds.Party> parties(Contract contract) {
        List<Ocds.Party> parties = new ArrayList<>();
        boolean shared = contract.participants.stream().anyMatch(p -> p.council().equals(contract.council));
        parties.add(new Ocds.Party(contract.council, councilName.apply(contract.council), null,
                shared ? List.of("buyer", "payer") : List.of("buyer"), null));
        for (Participant participant : contract.participants) {
            if (!participant.council().equals(contract.council)) {
                parties.add(new Ocds.Party(participant.council(), councilName.apply(participant.council()), null, List.of("payer"), null));
            }
        }
        Ocds.Identifier identifier = contract.supplierPpon != null ? new Ocds.Identifier("GB-PPON", contract.supplierPpon, contract.supplierName)
                : contract.supplierCompanyNumber == null ? null
                : new Ocds.Identifier("GB-COH", contract.supplierCompanyNumber, contract.supplierName);
        Ocds.PartyDetails details = contract.supplierSme == null ? null : new Ocds.PartyDetails(contract.supplierSme ? "sme" : "large");
        parties.add(new Ocds.Party(supplierId(contract), contract.supplierName, identifier, List.of("supplier"), details));
        return parties;
    }

    /** Find a Tender identifies suppliers by their PPON; otherwise, by the Companies House number. */
    private static String supplierId(Contract contract) {
        if (contract.supplierPpon != null) {
            return "GB-PPON-" + contract.supplierPpon;
        }
        return contract.supplierCompanyNumber == null ? "supplier" : "GB-COH-" + contract.supplierCompanyNumber;
    }

    /** ACTIVE is active; an expired or terminated contract has come to a close, which OCDS calls terminated. */
    private static String status(Contract contract) {
        return contract.status == ContractStatus.ACTIVE ? "active" : "terminated";
    }

    private List<Ocds.Item> items(Contract contract) {
        return capability.apply(contract.capability).map(found -> List.of(new Ocds.Item("1", found.name,
                found.cpvCode == null ? null : new Ocds.Classification("CPV", cpvWithoutCheckDigit(found.cpvCode), found.name))))
                .orElse(null);
    }

    /** CPV codes are published in OCDS as their eight digits, without the check digit ("32550000-3" is 32550000). */
    private static String cpvWithoutCheckDigit(String cpv) {
        int dash = cpv.indexOf('-');
        return dash < 0 ? cpv : cpv.substring(0, dash);
    }

    /**
     * The annual value over the term from the start to the current end: whole months at a twelfth of a year each, the
     * days left over at 1/365 each, to the penny (half-even). Three years from 1 April is exactly three annual values.
     */
    static BigDecimal termValue(Contract contract) {
        LocalDate dayAfterEnd = contract.endDate.plusDays(1);
        long months = ChronoUnit.MONTHS.between(contract.startDate, dayAfterEnd);
        long days = ChronoUnit.DAYS.between(contract.startDate.plusMonths(months), dayAfterEnd);
        BigDecimal annual = contract.annualValue;
        return annual.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_EVEN)
                .add(annual.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(365), 10, RoundingMode.HALF_EVEN))
                .setScale(2, RoundingMode.HALF_EVEN);
    }

    private String startOfDay(LocalDate date) {
        return Ocds.startOfDay(date, zone);
    }

    private String endOfDay(LocalDate date) {
        return Ocds.endOfDay(date, zone);
    }
}
