package org.openpathways.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far by the application's JVM, the driver's JVM and the database's processes (the postmaster and its
 * children), read from {@code /proc} (Linux; zero elsewhere). Sampled around each slice of a run, it says where the
 * CPU of one request goes, which the throughput alone does not.
 */
final class CpuMeter {

    /** CPU seconds so far. */
    record Sample(double app, double driver, double database) {

        Sample minus(Sample earlier) {
            return new Sample(app - earlier.app, driver - earlier.driver, database - earlier.database);
        }

        Sample plus(Sample other) {
            return new Sample(app + other.app, driver + other.driver, database + other.database);
        }
    }

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final long appPid;
    private final long postmasterPid;

    CpuMeter(long appPid, long postmasterPid) {
        this.appPid = appPid;
        this.postmasterPid = postmasterPid;
    }

    Sample sample() {
        var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double driver = bean.getProcessCpuTime() / 1e9;
        double app = appPid > 0 ? seconds(appPid) : 0;
        double database = 0;
        if (postmasterPid > 0) {
            database = seconds(postmasterPid);
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.toList()) {
                    String name = process.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    List<String> fields = fields(Long.parseLong(name));
                    if (fields.size() > 13 && fields.get(1).equals(Long.toString(postmasterPid))) {
                        database += (Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12))) / TICKS;
                    }
                }
            } catch (IOException e) {
                database = 0;
            }
        }
        return new Sample(app, driver, database);
    }

    /** CPU seconds used so far by the JIT compiler threads of a JVM (C1 and C2), read from its threads' names. */
    static double compilerSeconds(long pid) {
        double total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException gone) {
                    continue;
                }
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    total += seconds(pid, Long.parseLong(task.getFileName().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }

    private static double seconds(long pid, long thread) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(thread), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The parent of a process (the postmaster of a backend). */
    static long parentOf(long pid) {
        List<String> fields = fields(pid);
        return fields.size() > 1 ? Long.parseLong(fields.get(1)) : 0;
    }

    private static double seconds(long pid) {
        List<String> fields = fields(pid);
        return fields.size() > 13 ? (Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12))) / TICKS : 0;
    }

    /** The fields of /proc/PID/stat after the command name: state is 0, ppid 1, utime 11, stime 12. */
    private static List<String> fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
