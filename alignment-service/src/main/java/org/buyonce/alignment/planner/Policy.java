package org.buyonce.alignment.planner;

/**
 * The planning policy.
 *
 * @param leadTimeMonths  L: how long a joint procurement takes; the target date is at least asOf + L
 * @param maxBridgeMonths B: the longest extension a council may negotiate beyond an achievable end
 */
public record Policy(int leadTimeMonths, int maxBridgeMonths) {

    public static final Policy DEFAULT = new Policy(9, 12);

    public Policy {
        if (leadTimeMonths < 0 || maxBridgeMonths < 0) {
            throw new IllegalArgumentException("policy months must not be negative");
        }
    }
}
