package org.buyonce.events;

import java.util.Objects;

/** Data of a {@code capabilities} event: an entry of the capabilities catalogue (key = code). */
public record CapabilityState(String code, String name, String cpvCode) {

    public CapabilityState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
