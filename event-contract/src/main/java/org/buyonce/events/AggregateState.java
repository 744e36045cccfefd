package org.buyonce.events;

import java.util.UUID;

/** The data of a full-state event: which aggregate it is (the record key) and its version after the change. */
public interface AggregateState {

    UUID id();

    long version();
}
