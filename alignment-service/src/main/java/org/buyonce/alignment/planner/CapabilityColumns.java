package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One capability's contracts as columns of primitives, every date an epoch day: what the planner's loops read, so
 * that planning a million contracts allocates per capability, not per contract. Contract i's achievable ends, as
 * {@link ContractTimeline} defines them, are {@code ends[first[i]]} to {@code ends[first[i + 1] - 1]}, ascending.
 */
final class CapabilityColumns {

    /** No end is reached: the contract cannot reach the day. */
    static final int UNREACHABLE = -1;
    /** Marks a value not held exactly in pence (more decimals, or too large to multiply by days in a long). */
    private static final long NOT_IN_PENCE = Long.MIN_VALUE;
    private static final long MAX_PENCE = 1L << 40;
    private static final long MAX_EXACT_DAYS = 1L << 20;

    final PlannedContract[] contracts;
    final long asOf;
    /** The distinct councils, in the order first seen; {@code council[i]} indexes it. */
    final String[] councils;
    final int[] council;
    final long[] currentEnd;
    final int[] notice;
    final boolean[] tacit;
    final int[] first;
    final long[] ends;
    /** Per end, the last day a bridge from it may reach (end + B months). */
    final long[] bridgeLimits;
    final double[] value;
    private final long[] pence;

    private CapabilityColumns(Builder builder) {
        int n = builder.size;
        this.contracts = Arrays.copyOf(builder.contracts, n);
        this.asOf = builder.asOf;
        this.councils = new String[builder.councilIndex.size()];
        builder.councilIndex.forEach((name, index) -> councils[index] = name);
        this.council = Arrays.copyOf(builder.council, n);
        this.currentEnd = Arrays.copyOf(builder.currentEnd, n);
        this.notice = Arrays.copyOf(builder.notice, n);
        this.tacit = Arrays.copyOf(builder.tacit, n);
        this.first = Arrays.copyOf(builder.first, n + 1);
        this.first[n] = builder.ends.size;
        this.ends = Arrays.copyOf(builder.ends.days, builder.ends.size);
        this.bridgeLimits = new long[ends.length];
        for (int j = 0; j < ends.length; j++) {
            bridgeLimits[j] = Months.plus(ends[j], builder.maxBridgeMonths);
        }
        this.value = Arrays.copyOf(builder.value, n);
        this.pence = Arrays.copyOf(builder.pence, n);
    }

    static CapabilityColumns of(List<PlannedContract> contracts, LocalDate asOf, Policy policy) {
        Builder builder = new Builder(asOf, policy);
        contracts.forEach(builder::add);
        return builder.build();
    }

    /**
     * Takes contracts in the order given, reading each once. Building every capability's columns in one pass over
     * the contracts, in the order they lie in memory, is what keeps a million of them from costing a cache miss per
     * field: planning then reads only the columns.
     */
    static final class Builder {
        private final long asOf;
        private final long horizon;
        private final int maxBridgeMonths;
        private final Map<String, Integer> councilIndex = new HashMap<>();
        private PlannedContract[] contracts = new PlannedContract[16];
        private int[] council = new int[16];
        private long[] currentEnd = new long[16];
        private int[] notice = new int[16];
        private boolean[] tacit = new boolean[16];
        private int[] first = new int[17];
        private double[] value = new double[16];
        private long[] pence = new long[16];
        private final Days ends = new Days(32);
        private int size;

        Builder(LocalDate asOf, Policy policy) {
            this.asOf = asOf.toEpochDay();
            this.horizon = asOf.plusYears(ContractTimeline.TACIT_HORIZON_YEARS).toEpochDay();
            this.maxBridgeMonths = policy.maxBridgeMonths();
        }

        void add(PlannedContract contract) {
            if (size == contracts.length) {
                grow();
            }
            int i = size++;
            contracts[i] = contract;
            Integer index = councilIndex.putIfAbsent(contract.council(), councilIndex.size());
            council[i] = index == null ? councilIndex.size() - 1 : index;
            currentEnd[i] = contract.endDate().toEpochDay();
            notice[i] = contract.noticePeriodMonths();
            tacit[i] = contract.renewalType() == RenewalType.TACIT;
            value[i] = contract.annualValue().doubleValue();
            pence[i] = inPence(contract.annualValue());
            first[i] = ends.size;
            addAchievableEnds(contract, asOf, horizon, true, ends);
        }

        CapabilityColumns build() {
            return new CapabilityColumns(this);
        }

        private void grow() {
            int capacity = 2 * contracts.length;
            contracts = Arrays.copyOf(contracts, capacity);
            council = Arrays.copyOf(council, capacity);
            currentEnd = Arrays.copyOf(currentEnd, capacity);
            notice = Arrays.copyOf(notice, capacity);
            tacit = Arrays.copyOf(tacit, capacity);
            first = Arrays.copyOf(first, capacity + 1);
            value = Arrays.copyOf(value, capacity);
            pence = Arrays.copyOf(pence, capacity);
        }

    }

    /**
     * The achievable ends, by the rules of {@link ContractTimeline}, as epoch days, ascending; with {@code onTime}
     * false, as if no decision date had passed. The one reading of those rules, for columns and timelines alike.
     */
    static void addAchievableEnds(PlannedContract contract, long asOf, long horizon, boolean onTime, Days ends) {
        long end = contract.endDate().toEpochDay();
        int notice = contract.noticePeriodMonths();
        if (contract.renewalType() == RenewalType.FIXED) {
            ends.add(end);
            List<Integer> options = contract.availableOptions();
            long reached = end;
            long months = 0;
            for (int o = 0; o < options.size() && (!onTime || Months.minus(reached, notice) >= asOf); o++) {
                months += options.get(o);
                reached = Months.plus(end, months); // always from the current end
                ends.add(reached);
            }
        } else {
            long period = contract.renewalPeriodMonths();
            for (long k = 0; ; k++) {
                long renewed = Months.plus(end, k * period);
                if (renewed > horizon) {
                    break;
                }
                if (!onTime || Months.minus(renewed, notice) >= asOf) {
                    ends.add(renewed);
                }
            }
        }
    }

    private static long inPence(BigDecimal value) {
        BigDecimal pence = value.scaleByPowerOfTen(2);
        if (pence.scale() > 0 && pence.stripTrailingZeros().scale() > 0) {
            return NOT_IN_PENCE; // a fraction of a penny
        }
        try {
            long exact = pence.setScale(0).longValueExact();
            return Math.abs(exact) < MAX_PENCE ? exact : NOT_IN_PENCE;
        } catch (ArithmeticException tooLarge) {
            return NOT_IN_PENCE;
        }
    }

    int size() {
        return contracts.length;
    }

    /**
     * The index in {@link #ends} of the end contract i takes for the day, as {@link Assessor#assess} decides it: the
     * day itself (ALIGNED), the latest end before it (BRIDGED) or the earliest after it (JOINS_LATER); or
     * {@link #UNREACHABLE}. The role follows from comparing that end with the day.
     */
    int reached(int i, long day) {
        int from = first[i];
        int to = first[i + 1];
        int found = Arrays.binarySearch(ends, from, to, day);
        if (found >= 0) {
            return found;
        }
        int after = -found - 1;
        int before = after - 1;
        boolean canBridge = before >= from && day <= bridgeLimits[before];
        boolean canJoin = after < to;
        if (canBridge && (!canJoin || day - ends[before] < ends[after] - day)) {
            return before;
        }
        return canJoin ? after : UNREACHABLE;
    }

    /** The unaligned spend in pence of contract i for the day, 0 when it cannot reach it. */
    long spendAt(int i, long day) {
        int end = reached(i, day);
        return end == UNREACHABLE ? 0 : spend(i, Math.abs(day - ends[end]));
    }

    /** Annual value × days off / 365 in pence, HALF_UP, exactly as {@link Assessor#spend}. */
    long spend(int i, long daysOff) {
        long valuePence = pence[i];
        if (valuePence == NOT_IN_PENCE || daysOff > MAX_EXACT_DAYS) {
            return Assessor.spend(contracts[i], daysOff).unscaledValue().longValueExact();
        }
        long product = valuePence * daysOff;
        return product >= 0 ? (2 * product + 365) / 730 : -((-2 * product + 365) / 730);
    }

    /** The annual value in pence, when it is held exactly so. */
    boolean inPence(int i) {
        return pence[i] != NOT_IN_PENCE;
    }

    long pence(int i) {
        return pence[i];
    }

    /**
     * The earliest deadline of the actions {@link Assessor#assess} gives contract i to take the end reached for the
     * day: the options to exercise on the way, notice to give, a bridge to negotiate, or the day it joins.
     */
    long firstDeadline(int i, int end, long day) {
        long earliest = Long.MAX_VALUE;
        if (!tacit[i]) {
            for (int option = first[i] + 1; option <= end; option++) {
                earliest = Math.min(earliest, Months.minus(ends[option - 1], notice[i]));
            }
        }
        if (ends[end] < day) {
            return Math.min(earliest, Math.max(asOf, Months.minus(ends[end], notice[i]))); // negotiates a bridge
        }
        if (tacit[i]) {
            earliest = Math.min(earliest, Months.minus(ends[end], notice[i])); // gives notice
        }
        return ends[end] > day ? Math.min(earliest, ends[end]) : earliest; // joins later
    }

    /** A growing array of epoch days. */
    static final class Days {
        long[] days;
        int size;

        Days(int capacity) {
            days = new long[capacity];
        }

        void add(long day) {
            if (size == days.length) {
                days = Arrays.copyOf(days, 2 * size);
            }
            days[size++] = day;
        }
    }
}
