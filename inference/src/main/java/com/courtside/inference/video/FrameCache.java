package com.courtside.inference.video;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Decoded frames around the playhead, bounded by a memory budget. When full it drops the frame farthest from the
 * playhead (frames ahead count as nearer than frames behind, since playback runs forward). Readers copy pixels
 * out under the cache's lock, so the decoder can recycle an evicted buffer without tearing a frame on screen.
 */
public final class FrameCache {

    private final int capacity;
    private final int width;
    private final int height;
    private final TreeMap<Integer, FrameImage> frames = new TreeMap<>();
    private final ArrayDeque<FrameImage> free = new ArrayDeque<>();
    private int allocated;
    private int playhead;
    private long hits;
    private long misses;

    public FrameCache(int width, int height, long budgetBytes) {
        this.width = width;
        this.height = height;
        long frameBytes = (long) width * height * 4;
        this.capacity = (int) Math.max(4, Math.min(10_000, budgetBytes / frameBytes));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void setPlayhead(int frame) {
        playhead = frame;
    }

    public synchronized boolean contains(int frame) {
        return frames.containsKey(frame);
    }

    /** Runs {@code reader} on the cached frame under the lock; false when the frame is not cached. */
    public synchronized boolean read(int frame, Consumer<FrameImage> reader) {
        FrameImage image = frames.get(frame);
        if (image == null) {
            misses++;
            return false;
        }
        hits++;
        reader.accept(image);
        return true;
    }

    /** The newest cached frame in {@code [from, to]}, or -1. */
    public synchronized int latestCachedIn(int from, int to) {
        Integer key = frames.floorKey(to);
        return key != null && key >= from ? key : -1;
    }

    /** How many consecutive frames from {@code from} onwards are cached. */
    public synchronized int cachedRunFrom(int from) {
        int n = 0;
        while (frames.containsKey(from + n)) {
            n++;
        }
        return n;
    }

    /** A buffer to decode into: a free one, a new one while under capacity, or the least useful cached one. */
    public synchronized FrameImage acquire() {
        FrameImage image = free.poll();
        if (image != null) {
            return image;
        }
        if (allocated < capacity) {
            allocated++;
            return new FrameImage(width, height);
        }
        return evictFarthest();
    }

    /** Publishes a decoded frame; replaces an older copy of the same index. */
    public synchronized void put(FrameImage image) {
        FrameImage previous = frames.put(image.index(), image);
        if (previous != null && previous != image) {
            free.push(previous);
        }
    }

    /** Returns a buffer that was acquired but not published. */
    public synchronized void release(FrameImage image) {
        free.push(image);
    }

    public synchronized void clear() {
        free.addAll(frames.values());
        frames.clear();
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    private FrameImage evictFarthest() {
        Map.Entry<Integer, FrameImage> first = frames.firstEntry();
        Map.Entry<Integer, FrameImage> last = frames.lastEntry();
        // Frames behind the playhead are worth half as much as frames ahead of it.
        long behind = first == null ? -1 : 2L * (playhead - first.getKey());
        long ahead = last == null ? -1 : last.getKey() - playhead;
        Map.Entry<Integer, FrameImage> victim = behind >= ahead ? first : last;
        frames.remove(victim.getKey());
        return victim.getValue();
    }
}
