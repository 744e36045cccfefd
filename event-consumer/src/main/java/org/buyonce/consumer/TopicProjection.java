package org.buyonce.consumer;

/**
 * A projection fed by one topic. At start-up {@link ProjectionConsumers} runs a consumer for every bean of this type,
 * so declaring the bean is all it takes to keep a projection.
 */
public interface TopicProjection extends RecordHandler {

    /** The topic whose records this projection applies. */
    String topic();
}
