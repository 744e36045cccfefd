package org.buyonce.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.buyonce.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context carried by an event, as the CloudEvents distributed tracing extension puts it: the
 * {@code traceparent} and {@code tracestate} attributes, in Kafka binary mode the headers {@code ce_traceparent} and
 * {@code ce_tracestate}. So the span that applies an event continues the trace of the request that caused it.
 */
public final class EventTracing {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final String TRACE_PARENT = "traceparent";
    private static final String TRACE_STATE = "tracestate";

    /** The W3C trace context as its two header values. */
    public record TraceContext(String traceparent, String tracestate) {
    }

    private EventTracing() {
    }

    /** The context of the current span, or null where there is none (tracing off, no request). */
    public static TraceContext current() {
        return of(Context.current());
    }

    public static TraceContext of(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        String traceparent = carrier.get(TRACE_PARENT);
        return traceparent == null ? null : new TraceContext(traceparent, carrier.get(TRACE_STATE));
    }

    /** The context these values describe, as the parent of a new span; the root context where they are missing. */
    public static Context parent(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACE_PARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACE_STATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MapGetter.INSTANCE);
    }

    /** The parent context an event's headers carry. */
    public static Context parent(Headers headers) {
        return parent(value(headers, CloudEventHeaders.TRACE_PARENT), value(headers, CloudEventHeaders.TRACE_STATE));
    }

    /** Adds the span's context to an event's headers. */
    public static void inject(Context context, Headers headers) {
        TraceContext trace = of(context);
        if (trace == null) {
            return;
        }
        headers.add(CloudEventHeaders.TRACE_PARENT, trace.traceparent().getBytes(StandardCharsets.UTF_8));
        if (trace.tracestate() != null && !trace.tracestate().isEmpty()) {
            headers.add(CloudEventHeaders.TRACE_STATE, trace.tracestate().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Makes the current context one that is never sampled, for background polling (the outbox relay's queries every
     * half second): with the parent-based sampler, the JDBC spans under it are not recorded, so they do not flood the
     * tracing backend with one-span traces. Spans given an explicit parent (an event's publish span) are unaffected.
     */
    public static Scope unsampled() {
        SpanContext unsampled = SpanContext.create(TraceId.fromLongs(1, 1), "0000000000000001", TraceFlags.getDefault(),
                TraceState.getDefault());
        return Context.root().with(Span.wrap(unsampled)).makeCurrent();
    }

    private static String value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
