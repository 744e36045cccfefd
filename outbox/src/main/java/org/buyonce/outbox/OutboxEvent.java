package org.buyonce.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of the outbox: one event waiting to be relayed. Layout of Debezium's outbox event router. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    /** The topic. */
    @Column(name = "aggregatetype", nullable = false)
    public String aggregateType;

    /** The record key and CloudEvents subject. */
    @Column(name = "aggregateid", nullable = false)
    public String aggregateId;

    /** The CloudEvents type. */
    @Column(nullable = false)
    public String type;

    /** The event data as JSON, exactly as it is published; null for a tombstone. */
    @Column(columnDefinition = "text")
    public String payload;

    /** The CloudEvents dataschema: the $id of the data's JSON Schema; null for a tombstone. */
    @Column(name = "dataschema")
    public String dataSchema;

    /** The W3C traceparent of the transaction that wrote the event; null where tracing is off. */
    public String traceparent;

    /** The W3C tracestate that goes with it. */
    public String tracestate;

    /** Commit-independent order of writing, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long sequence;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
