package org.buyonce.contract.recharge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount by percentages into pennies that add up to it exactly: each share is rounded HALF_UP, and whatever
 * the rounding gained or lost goes to the share with the largest remainder below the penny (the first such on a tie).
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> percents) {
        List<BigDecimal> shares = new ArrayList<>(percents.size());
        BigDecimal sum = BigDecimal.ZERO;
        int largest = 0;
        BigDecimal largestRemainder = BigDecimal.valueOf(-1);
        for (int i = 0; i < percents.size(); i++) {
            BigDecimal exact = amount.multiply(percents.get(i)).divide(HUNDRED, 12, RoundingMode.HALF_UP);
            BigDecimal share = exact.setScale(2, RoundingMode.HALF_UP);
            BigDecimal remainder = exact.subtract(exact.setScale(2, RoundingMode.DOWN));
            if (remainder.compareTo(largestRemainder) > 0) {
                largest = i;
                largestRemainder = remainder;
            }
            shares.add(share);
            sum = sum.add(share);
        }
        if (!shares.isEmpty()) {
            shares.set(largest, shares.get(largest).add(amount.subtract(sum)));
        }
        return shares;
    }
}
