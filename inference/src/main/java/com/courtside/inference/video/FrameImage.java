package com.courtside.inference.video;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One decoded frame as tightly packed BGRA (stride = width · 4) in a direct buffer, the layout JavaFX's
 * {@code PixelBuffer} shows without conversion. Instances are reused through {@link FrameCache}: whoever holds one
 * must not keep it past the callback it was handed in, unless it copies the pixels.
 */
public final class FrameImage {

    private final int width;
    private final int height;
    private final ByteBuffer pixels;
    private int index = -1;
    private long ptsMicros;
    private boolean proxy;
    private PointerPointer<BytePointer> nativePlanes;
    private IntPointer nativeStrides;

    public FrameImage(int width, int height) {
        this.width = width;
        this.height = height;
        // 64-byte alignment lets libswscale use its SIMD paths; unaligned rows fall back to slower code.
        int bytes = width * height * 4;
        // alignedSlice trims both ends to the alignment, so leave room for a whole block at each end.
        this.pixels = ByteBuffer.allocateDirect((bytes + 63 & ~63) + 128).alignedSlice(64)
                .limit(bytes).slice().order(ByteOrder.nativeOrder());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int stride() {
        return width * 4;
    }

    /** The pixel bytes, position 0, limit = width · height · 4. A duplicate, so callers may move its position. */
    public ByteBuffer pixels() {
        return pixels.duplicate().clear();
    }

    public int index() {
        return index;
    }

    public long ptsMicros() {
        return ptsMicros;
    }

    /** True when this is a lower-resolution stand-in from the proxy, shown while the exact frame decodes. */
    public boolean isProxy() {
        return proxy;
    }

    public long sizeBytes() {
        return pixels.capacity();
    }

    void stamp(int frameIndex, long pts, boolean fromProxy) {
        this.index = frameIndex;
        this.ptsMicros = pts;
        this.proxy = fromProxy;
    }

    /** The buffer as libswscale's destination plane array; made once per image. */
    PointerPointer<BytePointer> nativePlanes() {
        if (nativePlanes == null) {
            nativePlanes = new PointerPointer<>(1);
            nativePlanes.put(0, new BytePointer(pixels));
            nativeStrides = new IntPointer(1);
            nativeStrides.put(0, stride());
        }
        return nativePlanes;
    }

    IntPointer nativeStrides() {
        nativePlanes();
        return nativeStrides;
    }

    /** BGRA of one pixel packed as 0xAARRGGBB, for tests and readers of small regions. */
    public int argbAt(int x, int y) {
        int o = (y * width + x) * 4;
        int b = pixels.get(o) & 0xff;
        int g = pixels.get(o + 1) & 0xff;
        int r = pixels.get(o + 2) & 0xff;
        int a = pixels.get(o + 3) & 0xff;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
