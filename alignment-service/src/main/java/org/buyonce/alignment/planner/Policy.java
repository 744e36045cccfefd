package org.buyonce.alignment.planner;

/**
 * The planning policy.
 *
 * @param leadTimeMonths  L: how long a joint procurement takes; the target date is at least asOf + L
 * @param maxBridgeMonths B: the longest extension a council may negotiate beyond an achievable end
 */
public record Policy(int leadTimeMonths, int maxBridgeMonths) {

    public static final Policy DEFAULT = new Policy(9, 12);
    /** The longest lead time or bridge a request may ask for: five years is already beyond any real procurement. */
    public static final int MAX_MONTHS = 60;

    public Policy {
        if (leadTimeMonths < 0 || maxBridgeMonths < 0) {
            throw new IllegalArgumentException("policy months must not be negative");
        }
    }
}
