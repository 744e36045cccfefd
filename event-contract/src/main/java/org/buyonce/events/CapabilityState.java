package org.buyonce.events;

import java.util.Objects;

/** Data of a {@code capabilities} event: an entry of the capabilities catalogue (key = code). */
public record CapabilityState(String code, String name, String cpvCode) {

    public static final String CLOUD_EVENT_TYPE = "org.buyonce.capability.announced.v1";

    public CapabilityState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
