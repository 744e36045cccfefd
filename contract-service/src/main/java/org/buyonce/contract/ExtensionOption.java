package org.buyonce.contract;

import org.buyonce.events.OptionStatus;

/** An optional extension of a FIXED contract by a number of months, used in order. */
public record ExtensionOption(int months, OptionStatus status) {

    public ExtensionOption withStatus(OptionStatus newStatus) {
        return new ExtensionOption(months, newStatus);
    }
}
