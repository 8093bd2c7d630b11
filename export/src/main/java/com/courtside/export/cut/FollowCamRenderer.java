package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.task.ProgressListener;

import java.nio.file.Path;
import java.util.List;

/**
 * Renders the virtual camera: for every frame of the chosen spans, the camera's crop of the source scaled to the
 * output size and encoded as H.264, with the audio of the same frames. The crop keeps the output's shape; a
 * camera set to another shape is widened to it rather than squeezed. Written under a temporary name and renamed
 * when complete. Runs on the calling thread.
 */
public final class FollowCamRenderer {

    private FollowCamRenderer() {
    }

    /** One span covering every frame of the video. */
    public static List<Rally> wholeVideo(OpenedVideo video) {
        return List.of(new Rally(0, video.index().frameCount() - 1));
    }

    /** Renders without an overlay. */
    public static CutReport render(OpenedVideo video, CameraPath path, List<Rally> spans, OutputSize size,
                                   Quality quality, Path target, ProgressListener progress) throws CutException {
        return render(video, path, spans, size, quality, null, target, progress);
    }

    /**
     * @param path    the camera's crop for every frame of the video, as {@code CameraPlanner} gives it
     * @param spans   the frame spans to render, back to back in time order ({@link #wholeVideo} for all)
     * @param overlay drawn over every output frame, placed by the frame's crop; null for none
     * @throws CutException when the file cannot be written or the source cannot be read; nothing is left behind
     * @throws com.courtside.timeline.task.CancelledException when cancelled; nothing is left behind
     */
    public static CutReport render(OpenedVideo video, CameraPath path, List<Rally> spans, OutputSize size,
                                   Quality quality, FrameOverlay overlay, Path target, ProgressListener progress)
            throws CutException {
        long started = System.nanoTime();
        int frameCount = video.index().frameCount();
        if (path.frameCount() < frameCount) {
            throw new IllegalArgumentException("the camera path covers " + path.frameCount()
                    + " frames but the video has " + frameCount + "; plan the camera for this video again");
        }
        CutOptions asSpans = new CutOptions(CutMode.REENCODE, CutLayout.REEL, 0, quality, List.of());
        List<Segment> segments = SegmentPlanner.plan(spans, asSpans, video.facts().fps(), frameCount).get(0);
        long total = segments.stream().mapToLong(Segment::length).sum();
        PartialFile out = PartialFile.prepare(target);
        try (SourceContainer source = new SourceContainer(video);
             FrameShaper scaler = OverlayShaper.over(new CropScaler(path, size, out.target()), overlay,
                     out.target())) {
            FrameProgress frames = new FrameProgress(progress, total, "Rendering follow-cam");
            Reencoder.Encoded encoded = new Reencoder(source, quality, frames).write(segments, scaler, size.width(),
                    size.height(), out);
            out.commit();
            List<SegmentReport> reports = segments.stream().map(s -> new SegmentReport(-1, out.target(), s.first(),
                    s.last(), s.first(), s.last(), 0)).toList();
            return new CutReport(List.of(out.target()), reports, CutMode.REENCODE, encoded.codec(), encoded.frames(),
                    encoded.micros() / 1e6, (System.nanoTime() - started) / 1e9,
                    encoded.note() == null ? List.of() : List.of(encoded.note()));
        } catch (CutException | RuntimeException e) {
            out.discard();
            throw e;
        }
    }
}
