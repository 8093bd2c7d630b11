package com.courtside.inference.video;

import com.courtside.inference.video.VideoOpenException.Problem;
import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a video for Courtside: checks it, reads the headers, and counts the frames by decoding (or reuses the
 * index kept from an earlier open of the same content).
 */
public final class VideoProbe {

    private static final Logger LOG = LoggerFactory.getLogger(VideoProbe.class);

    private final CacheDirectory cache;
    private final int threads;

    public VideoProbe(CacheDirectory cache, int threads) {
        this.cache = cache;
        this.threads = threads;
    }

    /** Opens a video with its frames counted by decoding (or a kept index that was). */
    public OpenedVideo open(Path file, ProgressListener progress) throws VideoOpenException {
        return open(file, true, progress);
    }

    /**
     * Opens a video for viewing: a kept index if there is one, else one read from packet timestamps in seconds,
     * to be confirmed later by {@link #confirmByDecoding}; decoding is the fallback where packets do not tell.
     */
    public OpenedVideo openFast(Path file, ProgressListener progress) throws VideoOpenException {
        return open(file, false, progress);
    }

    private OpenedVideo open(Path file, boolean mustDecode, ProgressListener progress) throws VideoOpenException {
        ContainerInfo info = ContainerInspector.inspect(file);
        FileSignature signature = signature(file);
        FrameIndex index = cachedIndex(signature);
        if (index != null && mustDecode && !index.isDecoded()) {
            index = null;
        }
        if (index == null && !mustDecode) {
            index = PacketIndexer.scan(file, info, progress);
            if (index != null) {
                keep(index, signature);
            }
        }
        if (index == null) {
            index = FrameIndexer.build(file, info, threads, progress);
            keep(index, signature);
        }
        return new OpenedVideo(facts(file, info, index, signature), info, index);
    }

    /**
     * Counts the frames of a video opened from packet timestamps by decoding them, keeps the decoded index, and
     * returns the video as decoding sees it (the same object when nothing differed).
     */
    public OpenedVideo confirmByDecoding(OpenedVideo video, ProgressListener progress) throws VideoOpenException {
        if (video.index().isDecoded()) {
            return video;
        }
        Path file = video.facts().path();
        FrameIndex decoded = FrameIndexer.build(file, video.container(), threads, progress);
        keep(decoded, video.facts().signature());
        if (decoded.sameFramesAs(video.index())) {
            return new OpenedVideo(video.facts(), video.container(), decoded);
        }
        LOG.warn("{}: packet timestamps named {} frames, decoding found {}", file.getFileName(),
                video.index().frameCount(), decoded.frameCount());
        return new OpenedVideo(facts(file, video.container(), decoded, video.facts().signature()), video.container(), decoded);
    }

    private static VideoFacts facts(Path file, ContainerInfo info, FrameIndex index, FileSignature signature) {
        int n = index.frameCount();
        long first = index.ptsMicros(0);
        long span = index.ptsMicros(n - 1) - first;
        Rational fps = info.fps();
        long duration = n > 1 ? span + span / (n - 1) : Math.round(1e6 / fps.toDouble());
        if (!index.isConstantRate() && n > 1) {
            // Variable frame rate: the average rate over the decoded frames is what playback follows.
            fps = Rational.approximate((n - 1) * 1e6 / span);
        }
        return new VideoFacts(file.toAbsolutePath(), info.container(), info.codec(), info.width(), info.height(),
                n, (int) info.headerFrames(), fps, info.timeBase(), first, duration, index.isConstantRate(), signature);
    }

    private static FileSignature signature(Path file) throws VideoOpenException {
        try {
            return FileSignature.of(file);
        } catch (IOException e) {
            throw new VideoOpenException(Problem.NOT_READABLE, file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private FrameIndex cachedIndex(FileSignature signature) {
        if (cache == null) {
            return null;
        }
        Path file = cache.indexFile(signature);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return FrameIndex.read(file);
        } catch (IOException e) {
            LOG.warn("ignoring unreadable frame index {}: {}", file, e.getMessage());
            return null;
        }
    }

    private void keep(FrameIndex index, FileSignature signature) {
        if (cache == null) {
            return;
        }
        try {
            index.write(cache.indexFile(signature));
        } catch (IOException e) {
            // The index is only a time saver: the next open counts the frames again.
            LOG.warn("could not keep the frame index in {}: {}", cache.root(), e.getMessage());
        }
    }
}
