package com.courtside.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine other processes took while a measurement ran: the busy time of all cores from
 * {@code /proc/stat} minus the CPU time of this process and of the children it ran. Benchmarks on a shared machine are only honest with it.
 */
final class CpuShare {

    /** Clock ticks per second of {@code /proc/stat}; 100 on every Linux that matters. */
    private static final double USER_HZ = 100;

    private final long wallNanos;
    private final long busyTicks;
    private final long ownNanos;

    private CpuShare(long wallNanos, long busyTicks, long ownNanos) {
        this.wallNanos = wallNanos;
        this.busyTicks = busyTicks;
        this.ownNanos = ownNanos;
    }

    static CpuShare now() {
        return new CpuShare(System.nanoTime(), busyTicks(), ownCpuNanos());
    }

    /**
     * The cores other processes kept busy on average since {@code start}, e.g. 0.8 of 2; -1 where the system does
     * not tell (not Linux, or no process CPU time).
     */
    double othersCoresSince(CpuShare start) {
        if (busyTicks < 0 || start.busyTicks < 0 || ownNanos < 0 || start.ownNanos < 0) {
            return -1;
        }
        double wall = (wallNanos - start.wallNanos) / 1e9;
        if (wall <= 0) {
            return -1;
        }
        double busy = (busyTicks - start.busyTicks) / USER_HZ;
        double own = (ownNanos - start.ownNanos) / 1e9;
        return Math.max(0, (busy - own) / wall);
    }

    private static long busyTicks() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    long busy = 0;
                    for (int i = 1; i < f.length && i <= 8; i++) {
                        if (i != 4 && i != 5) { // idle and iowait
                            busy += Long.parseLong(f[i]);
                        }
                    }
                    return busy;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    /** This process's CPU time and that of the children it waited for (the ffmpeg peer), from /proc/self/stat. */
    private static long ownCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return Math.round(ticks / USER_HZ * 1e9);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
