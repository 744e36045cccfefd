package org.buyonce.alignment.planner;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of an opportunity's contracts: council, end, reference, id. Sorting objects by that comparator was a
 * quarter of planning a large capability, so the council's rank and the end day are packed with the position into one
 * long and sorted as primitives; only contracts of the same council ending on the same day are then compared in full.
 * The result is exactly the comparator's order.
 */
final class CouncilOrder {

    private static final Comparator<String> REFERENCE = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Within one council and end: a contract without a reference comes before those with one (skipping it was not transitive). */
    private static final Comparator<PlannedContract> BY_REFERENCE = (a, b) -> {
        int order = REFERENCE.compare(a.reference(), b.reference());
        return order != 0 ? order : a.id().compareTo(b.id());
    };

    /** A total order. */
    static final Comparator<PlannedContract> BY_COUNCIL = Comparator.comparing(PlannedContract::council)
            .thenComparing(PlannedContract::endDate).thenComparing(BY_REFERENCE);

    private static final int POSITION_BITS = 24;
    private static final int DAY_BITS = 17;
    private static final int RANK_BITS = 63 - POSITION_BITS - DAY_BITS;

    private CouncilOrder() {
    }

    /** The capability's contracts in that order. */
    static PlannedContract[] sorted(CapabilityColumns columns) {
        int n = columns.size();
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        for (long day : columns.currentEnd) {
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }
        PlannedContract[] sorted = columns.contracts.clone();
        if (n < 2 || n >= 1 << POSITION_BITS || lastDay - firstDay >= 1L << DAY_BITS || columns.councils.length >= 1 << RANK_BITS) {
            Arrays.sort(sorted, BY_COUNCIL);
            return sorted;
        }
        int[] rank = councilRanks(columns.councils);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long day = columns.currentEnd[i] - firstDay;
            keys[i] = ((long) rank[columns.council[i]] << (DAY_BITS + POSITION_BITS)) | (day << POSITION_BITS) | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            sorted[i] = columns.contracts[(int) (keys[i] & ((1 << POSITION_BITS) - 1))];
        }
        int run = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || keys[i] >>> POSITION_BITS != keys[run] >>> POSITION_BITS) {
                if (i - run > 1) {
                    Arrays.sort(sorted, run, i, BY_REFERENCE); // same council, same end
                }
                run = i;
            }
        }
        return sorted;
    }

    /** Per council index, its rank by name. */
    private static int[] councilRanks(String[] councils) {
        Integer[] byName = new Integer[councils.length];
        for (int c = 0; c < councils.length; c++) {
            byName[c] = c;
        }
        Arrays.sort(byName, Comparator.comparing(c -> councils[c]));
        int[] rank = new int[councils.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        return rank;
    }
}
