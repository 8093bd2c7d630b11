package com.courtside.inference.video;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The presentation timestamp and key-frame flag of every frame as the decoder presents it, found by decoding the
 * whole file once. Frame {@code n} is the n-th frame the decoder outputs; its timestamp is how a seek proves it
 * landed on {@code n}.
 */
public final class FrameIndex {

    private static final int MAGIC = 0x43534958; // "CSIX"
    private static final int VERSION = 2;

    private final long[] ptsMicros;
    private final BitSet keyFrames;
    private final boolean decoded;

    /**
     * @param decoded true when every frame was decoded to build the index; false when it was read from packet
     *                timestamps, which is fast but trusts the container until a decoding pass confirms it
     */
    public FrameIndex(long[] ptsMicros, BitSet keyFrames, boolean decoded) {
        this.ptsMicros = ptsMicros;
        this.keyFrames = keyFrames;
        this.decoded = decoded;
    }

    public boolean isDecoded() {
        return decoded;
    }

    /** True when both indexes name the same frames with the same timestamps. */
    public boolean sameFramesAs(FrameIndex other) {
        return Arrays.equals(ptsMicros, other.ptsMicros);
    }

    public int frameCount() {
        return ptsMicros.length;
    }

    public long ptsMicros(int frame) {
        return ptsMicros[frame];
    }

    public boolean isKeyFrame(int frame) {
        return keyFrames.get(frame);
    }

    public int keyFrameCount() {
        return keyFrames.cardinality();
    }

    /** The last key frame at or before {@code frame}, or 0. */
    public int keyFrameAtOrBefore(int frame) {
        int k = keyFrames.previousSetBit(frame);
        return Math.max(k, 0);
    }

    /** True when timestamps strictly increase, so a timestamp names exactly one frame. */
    public boolean timestampsAreUsable() {
        for (int i = 1; i < ptsMicros.length; i++) {
            if (ptsMicros[i] <= ptsMicros[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The frame whose timestamp is within a microsecond of {@code pts}, or -1. */
    public int frameOf(long pts) {
        int i = Arrays.binarySearch(ptsMicros, pts);
        if (i >= 0) {
            return i;
        }
        int insert = -i - 1;
        if (insert < ptsMicros.length && Math.abs(ptsMicros[insert] - pts) <= 1) {
            return insert;
        }
        if (insert > 0 && Math.abs(ptsMicros[insert - 1] - pts) <= 1) {
            return insert - 1;
        }
        return -1;
    }

    /** True when every frame lasts the same number of microseconds, give or take rounding. */
    public boolean isConstantRate() {
        if (ptsMicros.length < 3) {
            return true;
        }
        long first = ptsMicros[1] - ptsMicros[0];
        for (int i = 2; i < ptsMicros.length; i++) {
            if (Math.abs(ptsMicros[i] - ptsMicros[i - 1] - first) > 2) {
                return false;
            }
        }
        return true;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeBoolean(decoded);
            out.writeInt(ptsMicros.length);
            for (long pts : ptsMicros) {
                out.writeLong(pts);
            }
            byte[] keys = keyFrames.toByteArray();
            out.writeInt(keys.length);
            out.write(keys);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads an index written by {@link #write}; a damaged or foreign file gives an IOException. */
    public static FrameIndex read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a frame index of this version: " + file);
            }
            boolean decoded = in.readBoolean();
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("implausible frame count " + n + " in " + file);
            }
            long[] pts = new long[n];
            for (int i = 0; i < n; i++) {
                pts[i] = in.readLong();
            }
            byte[] keys = new byte[in.readInt()];
            in.readFully(keys);
            return new FrameIndex(pts, BitSet.valueOf(keys), decoded);
        }
    }
}
