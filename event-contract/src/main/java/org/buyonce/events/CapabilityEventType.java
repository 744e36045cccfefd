package org.buyonce.events;

/** The change that produced a {@code capabilities} record: an entry of the catalogue was announced. */
public enum CapabilityEventType {
    ANNOUNCED;

    /** The CloudEvents type, {@code org.buyonce.capability.announced.v1}. */
    public String cloudEventType() {
        return CloudEventTypes.of("capability", name());
    }
}
