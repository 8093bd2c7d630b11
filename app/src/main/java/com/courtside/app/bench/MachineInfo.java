package com.courtside.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, as printed beside its figures. */
public record MachineInfo(int cores, String cpuModel, String os, String java) {

    public static MachineInfo detect() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpuModel(Path.of("/proc/cpuinfo")),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    /** The first "model name" in a cpuinfo file, or "unknown CPU" when there is none (not Linux, or ARM). */
    static String cpuModel(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
                    return line.substring(colon + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Falls through: the CPU model is context, never a reason to stop.
        }
        return "unknown CPU";
    }

    /** The 1-minute load average, or -1 where the system does not tell. */
    public static double loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Double.parseDouble(fields[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public String describe() {
        return cores + " cores, " + cpuModel + ", " + os + ", " + java;
    }
}
