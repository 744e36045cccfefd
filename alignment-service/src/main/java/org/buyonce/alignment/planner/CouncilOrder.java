package org.buyonce.alignment.planner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of an opportunity's contracts: council, end, reference, id. Sorting objects by that comparator was a
 * quarter of planning a large capability, so the council's rank and the end day are packed with the position into one
 * long and sorted as primitives; only contracts of the same council ending on the same day are then compared in full.
 * The result is exactly the comparator's order.
 */
final class CouncilOrder {

    private static final Comparator<String> REFERENCE = Comparator.nullsFirst(Comparator.naturalOrder());

    /** A total order: a contract without a reference comes before those with one (skipping it was not transitive). */
    static final Comparator<Assignment> BY_COUNCIL = (x, y) -> {
        PlannedContract a = x.contract();
        PlannedContract b = y.contract();
        int order = a.council().compareTo(b.council());
        if (order == 0) {
            order = a.endDate().compareTo(b.endDate());
        }
        if (order == 0) {
            order = REFERENCE.compare(a.reference(), b.reference());
        }
        return order != 0 ? order : a.id().compareTo(b.id());
    };

    private static final int POSITION_BITS = 20;
    private static final int DAY_BITS = 17;
    private static final int RANK_BITS = 63 - POSITION_BITS - DAY_BITS;

    private CouncilOrder() {
    }

    static List<Assignment> sorted(List<Assignment> assignments) {
        int n = assignments.size();
        String[] councils = assignments.stream().map(a -> a.contract().council()).distinct().sorted().toArray(String[]::new);
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        for (Assignment assignment : assignments) {
            long day = assignment.contract().endDate().toEpochDay();
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }
        if (n < 2 || n >= 1 << POSITION_BITS || lastDay - firstDay >= 1L << DAY_BITS || councils.length >= 1 << RANK_BITS) {
            return assignments.stream().sorted(BY_COUNCIL).toList();
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < councils.length; i++) {
            rank.put(councils[i], i);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            PlannedContract contract = assignments.get(i).contract();
            long day = contract.endDate().toEpochDay() - firstDay;
            keys[i] = ((long) rank.get(contract.council()) << (DAY_BITS + POSITION_BITS)) | (day << POSITION_BITS) | i;
        }
        Arrays.sort(keys);
        Assignment[] sorted = new Assignment[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = assignments.get((int) (keys[i] & ((1 << POSITION_BITS) - 1)));
        }
        int run = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || keys[i] >>> POSITION_BITS != keys[run] >>> POSITION_BITS) {
                if (i - run > 1) {
                    Arrays.sort(sorted, run, i, BY_COUNCIL); // same council, same end: reference, then id
                }
                run = i;
            }
        }
        return List.of(sorted);
    }
}
