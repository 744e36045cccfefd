package org.buyonce.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Facts about this machine and its processes that every benchmark reports. */
final class Machine {

    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux kernel configuration in use. */
    private static final int CLOCK_TICKS = 100;

    private Machine() {
    }

    /**
     * Warnings and errors only from this JVM's own logs (the embedded broker, the JDK HTTP client). The JBoss LogManager
     * enables every level unless told otherwise, and the JDK HTTP client then formats a debug line for each step of
     * each exchange, a third of its CPU, before the console drops it.
     */
    static void quietLogging() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** CPU time (user and system) a process has used, in seconds; 0 once it has gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** CPU time the JIT compiler threads of a JVM have used, in seconds: a JVM that is still warming up spends it. */
    static double compilerCpuSeconds(long pid) {
        try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return threads.mapToDouble(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                        return 0;
                    }
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
                } catch (IOException | RuntimeException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException gone) {
            return 0;
        }
    }

    /** CPU time used by every PostgreSQL server process of this machine (its backends included), in seconds. */
    static double postgresCpuSeconds() throws IOException {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(Machine::isPostgres).mapToDouble(p -> cpuSeconds(Long.parseLong(p.getFileName().toString()))).sum();
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            String command = Files.readString(process.resolve("cmdline"));
            return command.startsWith("postgres") || command.contains("/bin/postgres");
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** Runs a diagnostic command in a JVM of this machine (JFR.start, GC.run...). */
    static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        if (new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + line);
        }
    }
}
