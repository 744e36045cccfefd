package org.buyonce.events;

import java.util.Locale;

/** The one spelling of BuyOnce's CloudEvents types: {@code org.buyonce.<aggregate>.<change>.v1}. */
final class CloudEventTypes {

    private CloudEventTypes() {
    }

    static String of(String aggregate, String change) {
        return "org.buyonce." + aggregate + "." + change.toLowerCase(Locale.ROOT).replace('_', '-') + ".v1";
    }
}
