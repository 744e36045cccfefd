package org.buyonce.events;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode: each attribute is a record header named {@code ce_<attribute>},
 * the data is the record value and its media type is the {@code content-type} header.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** The W3C trace context of the change that caused the event (CloudEvents distributed tracing extension). */
    public static final String TRACE_PARENT = "ce_traceparent";
    public static final String TRACE_STATE = "ce_tracestate";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
