package org.buyonce.commons.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list resource. */
@Schema(description = "One page of results")
public record Page<T>(
        List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(description = "Matching items across all pages", examples = "42") long totalItems,
        @Schema(examples = "3") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    /** The requested page of a list computed whole (a register derived in memory, for instance). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.offset(), all.size());
        int to = (int) Math.min((long) from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
