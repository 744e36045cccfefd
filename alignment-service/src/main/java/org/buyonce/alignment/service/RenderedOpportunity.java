package org.buyonce.alignment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.Pressing;
import org.buyonce.commons.paging.Page;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * An opportunity as its readers receive it: serialized once when it is planned, and kept only so, with what orders
 * and filters it. The planner's object graph is a dozen objects per contract; at national scale, kept for every
 * capability, it filled the heap. The entity tag is of the JSON: every replica gives the same tag to the same
 * content, so a client polling with If-None-Match gets 304 until the opportunity really changes. The JSON is kept as
 * UTF-8 bytes, as it is sent: a read copies them to the socket's buffer instead of encoding 35 KB of text again.
 */
public record RenderedOpportunity(String capability, boolean urgent, LocalDate firstDeadline, BigDecimal annualSpendCovered,
        List<String> councils, byte[] json, String etag) implements Pressing {

    static RenderedOpportunity of(Opportunity opportunity, ObjectMapper mapper) {
        try {
            byte[] json = mapper.writeValueAsBytes(OpportunityMapper.toResponse(opportunity));
            return new RenderedOpportunity(opportunity.capability(), opportunity.urgent(), opportunity.firstDeadline(),
                    opportunity.annualSpendCovered(), opportunity.councils(), json, tag(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the opportunity of " + opportunity.capability(), e);
        }
    }

    /** The response again, for a reader that works on it rather than sending it (the dashboard). */
    OpportunityResponse response(ObjectMapper mapper) {
        try {
            return mapper.readValue(json, OpportunityResponse.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back the opportunity of " + capability, e);
        }
    }

    /** A page of them as JSON, each item as serialized when it was planned. */
    public static byte[] json(Page<RenderedOpportunity> page, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(page.map(o -> new RawValue(new String(o.json(), StandardCharsets.UTF_8))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a page of opportunities", e);
        }
    }

    /** The tag of a page: of its items' tags and the number matching, all else being in the page's URL. */
    public static String tagOf(Page<RenderedOpportunity> page) {
        StringBuilder content = new StringBuilder().append(page.totalItems());
        page.items().forEach(item -> content.append(',').append(item.etag()));
        return tag(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String tag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
