package com.courtside.inference.onnx;

import java.util.Locale;

/** Where a model runs: {@code auto} (CUDA when it works, else the CPU), {@code cpu}, or {@code cuda[:N]}. */
public record Device(Kind kind, int index) {

    public enum Kind { AUTO, CPU, CUDA }

    public static final Device AUTO = new Device(Kind.AUTO, 0);
    public static final Device CPU = new Device(Kind.CPU, 0);

    /** Parses the {@code --device} option; throws IllegalArgumentException with the accepted forms. */
    public static Device parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.equals("cpu")) {
            return CPU;
        }
        if (t.equals("cuda") || t.equals("gpu")) {
            return new Device(Kind.CUDA, 0);
        }
        if (t.startsWith("cuda:")) {
            try {
                int n = Integer.parseInt(t.substring(5));
                if (n >= 0) {
                    return new Device(Kind.CUDA, n);
                }
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("unknown device '" + text + "': use auto, cpu, cuda or cuda:N (N = GPU number)");
    }

    public boolean wantsCuda() {
        return kind != Kind.CPU;
    }

    @Override
    public String toString() {
        return kind == Kind.CUDA ? "cuda:" + index : kind.name().toLowerCase(Locale.ROOT);
    }
}
