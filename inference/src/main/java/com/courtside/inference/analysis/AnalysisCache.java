package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps analysis results on disk under the video's signature and the method's id, so an analysed video shows its
 * results at once when opened again. A result is written under a temporary name and renamed when complete: a
 * cancelled or failed run leaves nothing that looks like a result.
 */
public final class AnalysisCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);
    private static final int MAGIC = 0x43534152; // "CSAR"
    private static final int VERSION = 1;

    private final CacheDirectory cache;

    public AnalysisCache(CacheDirectory cache) {
        this.cache = cache;
    }

    public Optional<AnalysisResult> load(OpenedVideo video, String methodId) {
        Path file = cache.analysisFile(video.facts().signature(), methodId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            int frames = in.readInt();
            if (frames != video.facts().frameCount()) {
                return Optional.empty();
            }
            String method = in.readUTF();
            int tracked = in.readInt();
            long elapsed = in.readLong();
            TrackResult track = new TrackResult(frames);
            TrackMode[] modes = TrackMode.values();
            for (int f = 0; f < frames; f++) {
                if (in.readBoolean()) {
                    float x = in.readFloat();
                    float y = in.readFloat();
                    float confidence = in.readFloat();
                    boolean detected = in.readBoolean();
                    TrackMode mode = modes[in.readByte()];
                    track.record(f, new TrackSample(f, x, y, confidence, detected, mode));
                }
            }
            int count = in.readInt();
            List<MatchEvent> events = new ArrayList<>(count);
            EventKind[] kinds = EventKind.values();
            for (int i = 0; i < count; i++) {
                events.add(new MatchEvent(in.readInt(), kinds[in.readByte()]));
            }
            return Optional.of(new AnalysisResult(video.facts(), track, List.copyOf(events), method, tracked, elapsed));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring an unreadable analysis result {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void store(OpenedVideo video, String methodId, AnalysisResult result) throws IOException {
        Path file = cache.analysisFile(video.facts().signature(), methodId);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        TrackResult track = result.track();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(track.frameCount());
            out.writeUTF(result.method());
            out.writeInt(result.trackedFrames());
            out.writeLong(result.elapsedNanos());
            for (int f = 0; f < track.frameCount(); f++) {
                boolean has = track.hasBall(f);
                out.writeBoolean(has);
                if (has) {
                    out.writeFloat(track.ballTrack().x(f));
                    out.writeFloat(track.ballTrack().y(f));
                    out.writeFloat(track.confidence(f));
                    out.writeBoolean(!track.isPredicted(f));
                    out.writeByte(track.mode(f).ordinal());
                }
            }
            out.writeInt(result.events().size());
            for (MatchEvent e : result.events()) {
                out.writeInt(e.frame());
                out.writeByte(e.kind().ordinal());
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
