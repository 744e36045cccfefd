package org.buyonce.benchmarks;

import org.buyonce.alignment.planner.AlignmentPlanner;
import org.buyonce.alignment.planner.Assignment;
import org.buyonce.alignment.planner.Opportunity;
import org.buyonce.alignment.planner.PlannedContract;
import org.buyonce.alignment.planner.Policy;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * How long the planner takes to replan a partnership: contracts over 40 councils and the 13 standard capabilities,
 * with ends spread over ten years (random days, the worst case for the number of candidate dates), one in five TACIT,
 * the rest with up to three options. Each size is planned after warm-up; the median and the slowest of the measured
 * runs are reported, and the median of planning with every assignment then built. Run it on one core: {@code taskset -c 0} (see run-planner.sh).
 */
public final class PlannerBenchmark {

    private static final String[] CAPABILITIES = {"revenues-benefits", "planning", "telephony", "asset-management",
            "service-desk", "printing", "hr-payroll", "finance", "website-cms", "customer-portal", "network",
            "end-user-devices", "hosting"};
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 25_000, 50_000, 100_000, 200_000, 500_000, 1_000_000};
        AlignmentPlanner planner = new AlignmentPlanner();
        System.out.printf("planner benchmark: 40 councils, %d capabilities, asOf %s, policy %s, Java %s, %d processor(s), heap at most %d MB%n",
                CAPABILITIES.length, AS_OF, Policy.DEFAULT, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%10s %12s %12s %14s %14s %16s%n", "contracts", "median ms", "slowest ms", "ns/contract", "opportunities",
                "built, median ms");
        for (int size : sizes) {
            List<PlannedContract> contracts = partnership(size, new Random(42));
            long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
            for (int i = 0; i < 5 || System.nanoTime() < warmUpEnds; i++) {
                planner.plan(contracts, Map.of(), AS_OF, Policy.DEFAULT); // until the JIT has compiled it (one core compiles and runs it), 5 s at least
            }
            long[] runs = new long[9];
            int opportunities = 0;
            for (int i = 0; i < runs.length; i++) {
                long start = System.nanoTime();
                List<Opportunity> plan = planner.plan(contracts, Map.of(), AS_OF, Policy.DEFAULT);
                runs[i] = System.nanoTime() - start;
                opportunities = plan.size();
            }
            Arrays.sort(runs);
            long median = runs[runs.length / 2];
            System.out.printf("%10d %12.1f %12.1f %14.0f %14d %16.1f%n", size, median / 1e6, runs[runs.length - 1] / 1e6,
                    (double) median / size, opportunities, medianBuilt(planner, contracts) / 1e6);
        }
    }

    /**
     * Planning, then every assignment made with its actions and their texts, as a response or an adopted plan reads
     * them: what the service pays once per replan before it serializes.
     */
    private static long medianBuilt(AlignmentPlanner planner, List<PlannedContract> contracts) {
        long[] runs = new long[3];
        long actions = 0;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            for (Opportunity opportunity : planner.plan(contracts, Map.of(), AS_OF, Policy.DEFAULT)) {
                for (Assignment assignment : opportunity.assignments()) {
                    actions += assignment.actions().size();
                }
            }
            runs[i] = System.nanoTime() - start;
        }
        if (actions == 0) {
            throw new IllegalStateException("no actions built");
        }
        Arrays.sort(runs);
        return runs[1];
    }

    static List<PlannedContract> partnership(int size, Random random) {
        List<PlannedContract> contracts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String council = "C" + (i % 40);
            String capability = CAPABILITIES[random.nextInt(CAPABILITIES.length)];
            LocalDate end = AS_OF.plusDays(random.nextInt(10 * 365));
            int notice = random.nextInt(7);
            BigDecimal value = BigDecimal.valueOf(1_000 + random.nextInt(500_000_00), 2);
            if (random.nextInt(5) == 0) {
                contracts.add(new PlannedContract(UUID.randomUUID(), council, capability, "R" + i, "contract " + i, end,
                        notice, RenewalType.TACIT, 12 * (1 + random.nextInt(3)), List.of(), value));
            } else {
                List<Integer> options = new ArrayList<>();
                for (int o = random.nextInt(4); o > 0; o--) {
                    options.add(6 + random.nextInt(19));
                }
                contracts.add(new PlannedContract(UUID.randomUUID(), council, capability, "R" + i, "contract " + i, end,
                        notice, RenewalType.FIXED, null, options, value));
            }
        }
        return contracts;
    }
}
