package org.buyonce.commons.ocds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The parts of the Open Contracting Data Standard 1.1 that BuyOnce fills (contracts in contract-service, planning in
 * alignment-service), by their OCDS names
 * (https://standard.open-contracting.org/1.1/en/schema/reference/). Dates are date-times with their offset, as OCDS asks;
 * absent values are left out rather than written as null.
 */
public final class Ocds {

    public static final String VERSION = "1.1";
    public static final String MEDIA_TYPE = "application/json";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Ocds() {
    }

    /** A moment as OCDS writes it: a date-time with the offset of the zone. */
    public static String dateTime(Instant moment, ZoneId zone) {
        return DATE_TIME.format(moment.atZone(zone).toOffsetDateTime());
    }

    /** The first moment of a day, for a period's start. */
    public static String startOfDay(LocalDate date, ZoneId zone) {
        return DATE_TIME.format(date.atStartOfDay(zone).toOffsetDateTime());
    }

    /** The last second of a day, for a period's end: a contract ending on a date runs through it. */
    public static String endOfDay(LocalDate date, ZoneId zone) {
        return DATE_TIME.format(date.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toOffsetDateTime());
    }

    /** A page of releases and whether another follows, as the API answers it. */
    public record Page(ReleasePackage releasePackage, boolean hasNext) {

        /** 204 for a page without releases (a package needs one); else the package, with a Link to the next page. */
        public Response toResponse(UriInfo uri, int page) {
            if (releasePackage.releases().isEmpty()) {
                return Response.noContent().build();
            }
            Response.ResponseBuilder response = Response.ok(releasePackage, MEDIA_TYPE);
            if (hasNext) {
                response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build(), "next");
            }
            return response.build();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsReleasePackage", description = "An OCDS 1.1 release package (release-package-schema.json)")
    public record ReleasePackage(String uri, String version, String publishedDate, Publisher publisher, String license,
            String publicationPolicy, List<Release> releases) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsPublisher")
    public record Publisher(String name, String uri) {
    }

    /** One version of one contract, the whole of it as it stood then. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsRelease", description = "One version of one contract")
    public record Release(String ocid, String id, String date, List<String> tag, String initiationType, String language,
            List<Party> parties, OrganizationReference buyer, Planning planning, Tender tender, List<Award> awards,
            List<Contract> contracts, List<RelatedProcess> relatedProcesses) {
    }

    /**
     * Another contracting process this one follows from, by its ocid: the planning process that led to it
     * ({@code planning}) or a contract it succeeds ({@code prior}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsRelatedProcess")
    public record RelatedProcess(String id, List<String> relationship, String title, String scheme, String identifier) {

        public static RelatedProcess byOcid(String id, String relationship, String title, String ocid) {
            return new RelatedProcess(id, List.of(relationship), title, "ocid", ocid);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsPlanning")
    public record Planning(String rationale, Budget budget) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsBudget")
    public record Budget(String description, Value amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsParty")
    public record Party(String id, String name, Identifier identifier, List<String> roles, PartyDetails details) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsIdentifier")
    public record Identifier(String scheme, String id, String legalName) {
    }

    /** The size of a supplier (the partyScale extension's {@code details.scale}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsPartyDetails")
    public record PartyDetails(String scale) {
    }

    @Schema(name = "OcdsOrganizationReference")
    public record OrganizationReference(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsTender")
    public record Tender(String id, String title, String status, String procurementMethodDetails, Value value, Period tenderPeriod,
            Period contractPeriod) {

        /** What contract-service knows of a contract's tender: how it was procured. */
        public static Tender procured(String id, String procurementMethodDetails) {
            return new Tender(id, null, null, procurementMethodDetails, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsAward")
    public record Award(String id, String status, List<OrganizationReference> suppliers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsContract")
    public record Contract(String id, @JsonProperty("awardID") String awardId, String title, String description, String status,
            Period period, Value value, List<Item> items, List<Document> documents, List<Amendment> amendments,
            Boolean aboveThreshold) {
    }

    /** A document, or a notice published (the UK extension's {@code noticeType}: UK7, UK9, UK10, UK11...). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsDocument")
    public record Document(String id, String documentType, String title, String url, String datePublished, String noticeType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsPeriod")
    public record Period(String startDate, String endDate, String maxExtentDate) {
    }

    /** An amount without taxes and, where known, with them (the UK extension's {@code amountGross}). */
    @Schema(name = "OcdsValue")
    public record Value(BigDecimal amount, String currency, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal amountGross) {

        public Value(BigDecimal amount, String currency) {
            this(amount, currency, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OcdsItem")
    public record Item(String id, String description, Classification classification) {
    }

    @Schema(name = "OcdsClassification")
    public record Classification(String scheme, String id, String description) {
    }

    @Schema(name = "OcdsAmendment")
    public record Amendment(String id, String date, String description, @JsonProperty("amendsReleaseID") String amendsReleaseId,
            @JsonProperty("releaseID") String releaseId) {
    }
}
