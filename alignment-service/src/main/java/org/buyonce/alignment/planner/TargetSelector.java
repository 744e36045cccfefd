package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the target date T of one capability: among the candidates (asOf + L, every achievable end, every
 * achievable end + B, keeping those on or after asOf + L) with two or more councils included, the one with the most
 * included contracts, then the least unaligned spend, then the earliest.
 * <p>
 * Evaluating every candidate against every contract is quadratic. Instead, each contract's days off is a piecewise
 * linear function of T (join before its first end, bridge or join between ends, bridge after the last within B), so
 * each contributes a few linear pieces over ranges of the sorted candidates, accumulated in difference arrays: linear
 * in the number of contracts. That sum is unrounded; candidates within rounding distance of the best are then
 * compared exactly, to the penny, as the rules define the spend.
 */
final class TargetSelector {

    /** Candidates span at most ~110,000 days (dates are 1900..2199); past a million, sort and search instead of tables. */
    private static final long MAX_LOOKUP_DAYS = 1_000_000;

    private final Assessor assessor;
    private final LocalDate asOf;
    private final Policy policy;

    TargetSelector(Assessor assessor, LocalDate asOf, Policy policy) {
        this.assessor = assessor;
        this.asOf = asOf;
        this.policy = policy;
    }

    Optional<LocalDate> select(List<ContractTimeline> timelines) {
        long first = Months.plus(asOf, policy.leadTimeMonths()).toEpochDay();
        long[] candidates = candidates(timelines, first);
        int n = candidates.length;
        Map<String, Integer> councilIndex = new HashMap<>();
        for (ContractTimeline timeline : timelines) {
            councilIndex.putIfAbsent(timeline.contract().council(), councilIndex.size());
        }
        Sums sums = new Sums(candidates, councilIndex.size());
        for (ContractTimeline timeline : timelines) {
            addPieces(timeline, sums, councilIndex.get(timeline.contract().council()));
        }
        return best(candidates, sums.totals(), timelines);
    }

    /** The distinct candidate days on or after the first, ascending: marked in a bitmap over the days they span. */
    long[] candidates(List<ContractTimeline> timelines, long first) {
        long last = first;
        for (ContractTimeline timeline : timelines) {
            for (int i = 0; i < timeline.size(); i++) {
                last = Math.max(last, Math.max(timeline.endDay(i), timeline.bridgeLimitDay(i)));
            }
        }
        if (last - first >= MAX_LOOKUP_DAYS) {
            return sortedCandidates(timelines, first);
        }
        BitSet days = new BitSet((int) (last - first + 1));
        days.set(0);
        for (ContractTimeline timeline : timelines) {
            for (int i = 0; i < timeline.size(); i++) {
                mark(days, timeline.endDay(i) - first);
                mark(days, timeline.bridgeLimitDay(i) - first);
            }
        }
        long[] candidates = new long[days.cardinality()];
        for (int day = days.nextSetBit(0), j = 0; day >= 0; day = days.nextSetBit(day + 1)) {
            candidates[j++] = first + day;
        }
        return candidates;
    }

    private static void mark(BitSet days, long offset) {
        if (offset >= 0) {
            days.set((int) offset);
        }
    }

    long[] sortedCandidates(List<ContractTimeline> timelines, long first) {
        long[] all = new long[1 + timelines.stream().mapToInt(t -> 2 * t.size()).sum()];
        int size = 0;
        all[size++] = first;
        for (ContractTimeline timeline : timelines) {
            for (int i = 0; i < timeline.size(); i++) {
                all[size++] = timeline.endDay(i);
                all[size++] = timeline.bridgeLimitDay(i);
            }
        }
        Arrays.sort(all, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (all[i] >= first && (distinct == 0 || all[i] != all[distinct - 1])) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /** The linear pieces of days off = alpha + beta × T on which the contract is included, as in {@link Assessor}. */
    private void addPieces(ContractTimeline timeline, Sums sums, int council) {
        int k = timeline.size();
        if (k == 0) {
            return;
        }
        double value = timeline.contract().annualValue().doubleValue();
        long firstEnd = timeline.endDay(0);
        sums.add(Long.MIN_VALUE, firstEnd - 1, firstEnd, -1, value, council); // joins later at its first end
        for (int i = 0; i < k; i++) {
            long end = timeline.endDay(i);
            long bridgeLimit = timeline.bridgeLimitDay(i);
            sums.add(end, end, 0, 0, value, council); // aligned
            if (i + 1 < k) {
                long next = timeline.endDay(i + 1);
                long lastBridged = Math.min(bridgeLimit, Math.floorDiv(end + next - 1, 2)); // a tie joins later (same days off either way)
                sums.add(end + 1, lastBridged, -end, 1, value, council);
                sums.add(Math.max(end, lastBridged) + 1, next - 1, next, -1, value, council);
            } else {
                sums.add(end + 1, bridgeLimit, -end, 1, value, council); // bridged past its last end
            }
        }
    }

    private Optional<LocalDate> best(long[] candidates, Totals totals, List<ContractTimeline> timelines) {
        int best = -1;
        for (int j = 0; j < candidates.length; j++) {
            if (totals.councils[j] < 2) {
                continue;
            }
            if (best < 0 || totals.count[j] > totals.count[best]
                    || totals.count[j] == totals.count[best] && totals.spend[j] < totals.spend[best]) {
                best = j; // candidates ascend, so on equal terms the earliest stays
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        // Rounding each contract to the penny moves a total by up to half a penny per contract.
        double tolerance = 0.005 * totals.count[best] + 1e-9 * Math.abs(totals.spend[best]) + 0.01;
        LocalDate chosen = null;
        BigDecimal chosenSpend = null;
        for (int j = 0; j < candidates.length; j++) {
            if (totals.councils[j] < 2 || totals.count[j] != totals.count[best] || totals.spend[j] > totals.spend[best] + tolerance) {
                continue;
            }
            LocalDate target = LocalDate.ofEpochDay(candidates[j]);
            BigDecimal spend = exactSpend(timelines, target);
            if (chosenSpend == null || spend.compareTo(chosenSpend) < 0) {
                chosen = target;
                chosenSpend = spend;
            }
        }
        return Optional.of(chosen);
    }

    private BigDecimal exactSpend(List<ContractTimeline> timelines, LocalDate target) {
        BigDecimal total = BigDecimal.ZERO;
        for (ContractTimeline timeline : timelines) {
            total = total.add(assessor.spendAt(timeline, target));
        }
        return total;
    }

    /** Difference arrays over candidate indexes: spend = (a + b × T) / 365, included contracts, per council. */
    private static final class Sums {

        final double[] a;
        final double[] b;
        final int[] count;
        final int[][] perCouncil;
        /** Days are counted from the first candidate, which keeps the sums small and exact enough in floating point. */
        final long origin;
        /** The first candidate index on or after each day from the first candidate to the last: a lookup, not a search. */
        private final int[] indexOfDay;
        private final long[] candidates;

        Sums(long[] candidates, int councils) {
            int n = candidates.length;
            this.origin = candidates[0]; // asOf + L, always a candidate
            this.candidates = candidates;
            a = new double[n + 1];
            b = new double[n + 1];
            count = new int[n + 1];
            perCouncil = new int[councils][n + 1];
            long days = n == 0 ? 0 : candidates[n - 1] - candidates[0] + 1;
            indexOfDay = days <= MAX_LOOKUP_DAYS ? new int[(int) days] : null;
            for (int day = 0, j = 0; indexOfDay != null && day < indexOfDay.length; day++) {
                while (candidates[j] < candidates[0] + day) {
                    j++;
                }
                indexOfDay[day] = j;
            }
        }

        /** The index of the first candidate on or after the day (the number of candidates if none is). */
        private int lowerBound(long day) {
            int n = candidates.length;
            if (n == 0 || day <= candidates[0]) {
                return 0;
            }
            if (day > candidates[n - 1]) {
                return n;
            }
            if (indexOfDay != null) {
                return indexOfDay[(int) (day - candidates[0])];
            }
            int index = Arrays.binarySearch(candidates, day);
            return index < 0 ? -index - 1 : index; // values are distinct
        }

        void add(long fromDay, long toDay, long alpha, long beta, double value, int council) {
            if (fromDay > toDay) {
                return;
            }
            int from = lowerBound(fromDay);
            int to = lowerBound(toDay + 1) - 1;
            if (from > to) {
                return;
            }
            double intercept = value * (alpha + beta * origin); // days off = intercept + beta × (T - origin)
            a[from] += intercept;
            a[to + 1] -= intercept;
            b[from] += value * beta;
            b[to + 1] -= value * beta;
            count[from]++;
            count[to + 1]--;
            perCouncil[council][from]++;
            perCouncil[council][to + 1]--;
        }

        Totals totals() {
            int n = candidates.length;
            Totals totals = new Totals(n);
            double runningA = 0;
            double runningB = 0;
            int runningCount = 0;
            int[] runningCouncil = new int[perCouncil.length];
            for (int j = 0; j < n; j++) {
                runningA += a[j];
                runningB += b[j];
                runningCount += count[j];
                int councils = 0;
                for (int c = 0; c < perCouncil.length; c++) {
                    runningCouncil[c] += perCouncil[c][j];
                    if (runningCouncil[c] > 0) {
                        councils++;
                    }
                }
                totals.spend[j] = (runningA + runningB * (candidates[j] - origin)) / 365.0;
                totals.count[j] = runningCount;
                totals.councils[j] = councils;
            }
            return totals;
        }
    }

    private static final class Totals {
        final double[] spend;
        final int[] count;
        final int[] councils;

        Totals(int n) {
            spend = new double[n];
            count = new int[n];
            councils = new int[n];
        }
    }
}
