package org.buyonce.commons.paging;

import jakarta.ws.rs.QueryParam;
import org.buyonce.commons.rest.QueryParams;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every list; size is capped so no request reads everything. */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @Parameter(description = "Zero-based page number", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, at most " + MAX_SIZE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    String size;

    public PageRequest() {
    }

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = String.valueOf(page);
        request.size = String.valueOf(size);
        return request;
    }

    public int page() {
        return QueryParams.integer("page", page, 0, 0, 1_000_000);
    }

    public int size() {
        return QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public int offset() {
        return page() * size();
    }

    /** Fails with a 400 now, before any work, if either parameter is malformed. */
    public PageRequest validated() {
        page();
        size();
        return this;
    }
}
