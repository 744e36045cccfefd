package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.OptionalLong;

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

    private final LocalDate asOf;
    private final Policy policy;

    TargetSelector(LocalDate asOf, Policy policy) {
        this.asOf = asOf;
        this.policy = policy;
    }

    /** The target's epoch day, if a candidate includes two or more councils. */
    OptionalLong select(CapabilityColumns columns) {
        long first = Months.plus(asOf, policy.leadTimeMonths()).toEpochDay();
        long[] candidates = candidates(columns, first);
        Sums sums = new Sums(candidates, columns.councils.length);
        for (int i = 0; i < columns.size(); i++) {
            addPieces(columns, i, sums);
        }
        return best(candidates, sums.totals(), columns);
    }

    /** The distinct candidate days on or after the first, ascending: marked in a bitmap over the days they span. */
    long[] candidates(CapabilityColumns columns, long first) {
        long last = first;
        for (int j = 0; j < columns.ends.length; j++) {
            last = Math.max(last, Math.max(columns.ends[j], columns.bridgeLimits[j]));
        }
        if (last - first >= MAX_LOOKUP_DAYS) {
            return sortedCandidates(columns, first);
        }
        BitSet days = new BitSet((int) (last - first + 1));
        days.set(0);
        for (int j = 0; j < columns.ends.length; j++) {
            mark(days, columns.ends[j] - first);
            mark(days, columns.bridgeLimits[j] - first);
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

    long[] sortedCandidates(CapabilityColumns columns, long first) {
        int ends = columns.ends.length;
        long[] all = new long[1 + 2 * ends];
        all[0] = first;
        System.arraycopy(columns.ends, 0, all, 1, ends);
        System.arraycopy(columns.bridgeLimits, 0, all, 1 + ends, ends);
        Arrays.sort(all);
        int distinct = 0;
        for (long day : all) {
            if (day >= first && (distinct == 0 || day != all[distinct - 1])) {
                all[distinct++] = day;
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /** The linear pieces of days off = alpha + beta × T on which contract i is included, as in {@link Assessor}. */
    private static void addPieces(CapabilityColumns columns, int i, Sums sums) {
        int from = columns.first[i];
        int to = columns.first[i + 1];
        if (from == to) {
            return;
        }
        double value = columns.value[i];
        int council = columns.council[i];
        long firstEnd = columns.ends[from];
        sums.add(Long.MIN_VALUE, firstEnd - 1, firstEnd, -1, value, council); // joins later at its first end
        for (int j = from; j < to; j++) {
            long end = columns.ends[j];
            long bridgeLimit = columns.bridgeLimits[j];
            sums.add(end, end, 0, 0, value, council); // aligned
            if (j + 1 < to) {
                long next = columns.ends[j + 1];
                long lastBridged = Math.min(bridgeLimit, Math.floorDiv(end + next - 1, 2)); // a tie joins later (same days off either way)
                sums.add(end + 1, lastBridged, -end, 1, value, council);
                sums.add(Math.max(end, lastBridged) + 1, next - 1, next, -1, value, council);
            } else {
                sums.add(end + 1, bridgeLimit, -end, 1, value, council); // bridged past its last end
            }
        }
    }

    private static OptionalLong best(long[] candidates, Totals totals, CapabilityColumns columns) {
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
            return OptionalLong.empty();
        }
        // Rounding each contract to the penny moves a total by up to half a penny per contract; floating point, by its error.
        double tolerance = 0.005 * totals.count[best] + 2 * totals.error + 0.01;
        long chosen = 0;
        long chosenSpend = Long.MAX_VALUE;
        for (int j = 0; j < candidates.length; j++) {
            if (totals.councils[j] < 2 || totals.count[j] != totals.count[best] || totals.spend[j] > totals.spend[best] + tolerance) {
                continue;
            }
            long spend = exactSpend(columns, candidates[j]);
            if (spend < chosenSpend) {
                chosen = candidates[j];
                chosenSpend = spend;
            }
        }
        return OptionalLong.of(chosen);
    }

    /** The unaligned spend in pence, to the penny as the rules define it. */
    private static long exactSpend(CapabilityColumns columns, long day) {
        long total = 0;
        for (int i = 0; i < columns.size(); i++) {
            total += columns.spendAt(i, day);
        }
        return total;
    }

    /** Difference arrays over candidate indexes: spend = (a + b × T) / 365, included contracts, per council. */
    private static final class Sums {

        final double[] a;
        final double[] b;
        /** What Neumaier's summation carries of each entry of a and b, so that large values cancelling lose nothing. */
        private final double[] aCarry;
        private final double[] bCarry;
        /** The sums of the magnitudes added to a and b: what bounds the floating-point error of any total. */
        private double aMagnitude;
        private double bMagnitude;
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
            aCarry = new double[n + 1];
            bCarry = new double[n + 1];
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
            double slope = value * beta;
            add(a, aCarry, from, intercept);
            add(a, aCarry, to + 1, -intercept);
            add(b, bCarry, from, slope);
            add(b, bCarry, to + 1, -slope);
            aMagnitude += 2 * Math.abs(intercept);
            bMagnitude += 2 * Math.abs(slope);
            count[from]++;
            count[to + 1]--;
            perCouncil[council][from]++;
            perCouncil[council][to + 1]--;
        }

        Totals totals() {
            int n = candidates.length;
            Totals totals = new Totals(n);
            double runningA = 0;
            double carryA = 0;
            double runningB = 0;
            double carryB = 0;
            int runningCount = 0;
            int[] runningCouncil = new int[perCouncil.length];
            for (int j = 0; j < n; j++) {
                double nextA = runningA + (a[j] + aCarry[j]);
                carryA += lost(runningA, a[j] + aCarry[j], nextA);
                runningA = nextA;
                double nextB = runningB + (b[j] + bCarry[j]);
                carryB += lost(runningB, b[j] + bCarry[j], nextB);
                runningB = nextB;
                runningCount += count[j];
                int councils = 0;
                for (int c = 0; c < perCouncil.length; c++) {
                    runningCouncil[c] += perCouncil[c][j];
                    if (runningCouncil[c] > 0) {
                        councils++;
                    }
                }
                totals.spend[j] = (runningA + carryA + (runningB + carryB) * (candidates[j] - origin)) / 365.0;
                totals.count[j] = runningCount;
                totals.councils[j] = councils;
            }
            long span = n == 0 ? 0 : candidates[n - 1] - origin;
            // Compensated, each sum errs by at most about 2ε of the magnitudes summed, whatever their number: doubled.
            totals.error = 4 * Math.ulp(1.0) * (aMagnitude + bMagnitude * span) / 365.0;
            return totals;
        }

        /** Adds x to sum[k] by Neumaier's compensated summation, keeping the lost low-order part in carry[k]. */
        private static void add(double[] sum, double[] carry, int k, double x) {
            double total = sum[k] + x;
            carry[k] += lost(sum[k], x, total);
            sum[k] = total;
        }

        /** What rounding lost when sum + x was rounded to total (Neumaier). */
        private static double lost(double sum, double x, double total) {
            return Math.abs(sum) >= Math.abs(x) ? (sum - total) + x : (x - total) + sum;
        }
    }

    private static final class Totals {
        final double[] spend;
        final int[] count;
        final int[] councils;
        /** How far floating point may have moved any spend, in pounds. */
        double error;

        Totals(int n) {
            spend = new double[n];
            count = new int[n];
            councils = new int[n];
        }
    }
}
