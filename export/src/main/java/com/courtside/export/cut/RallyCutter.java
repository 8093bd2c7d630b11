package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the rallies out of a match: "rallies only" as one reel, or one file per rally, by stream copy or
 * re-encode, with the audio; a re-encode can carry an overlay burnt in ({@link CutOptions#overlay()}). Every file
 * is written under a temporary name and renamed when all are complete; a failure or a cancel removes them all, so
 * nothing that looks finished is left behind. Runs on the calling thread.
 */
public final class RallyCutter {

    /** What one output file got. */
    private record Written(List<SegmentReport> segments, long micros, String codec, String note) {
    }

    private RallyCutter() {
    }

    /**
     * Cuts a video that is not open yet; its frames are counted from packet timestamps first.
     *
     * @see #cut(OpenedVideo, List, Path, CutOptions, ProgressListener)
     */
    public static CutReport cut(Path video, List<Rally> rallies, Path target, CutOptions options,
                                ProgressListener progress) throws CutException, VideoOpenException {
        return cut(new VideoProbe(null, 0).openFast(video, progress), rallies, target, options, progress);
    }

    /**
     * @param rallies  the match's rallies; {@link CutOptions#selected()} indexes into this list
     * @param target   the reel's file for {@link CutLayout#REEL}; the folder for {@link CutLayout#PER_RALLY}
     * @param progress told of frames written; its cancel stops the cut
     * @throws CutException when a file cannot be written or the source cannot be read; nothing is left behind
     * @throws com.courtside.timeline.task.CancelledException when cancelled; nothing is left behind
     */
    public static CutReport cut(OpenedVideo video, List<Rally> rallies, Path target, CutOptions options,
                                ProgressListener progress) throws CutException {
        long started = System.nanoTime();
        List<List<Segment>> plan = SegmentPlanner.plan(rallies, options, video.facts().fps(),
                video.index().frameCount());
        List<Path> targets = options.layout() == CutLayout.REEL ? List.of(target) : plan.stream()
                .map(file -> rallyFile(target, video.facts().path(), file.get(0).rally(), rallies.size())).toList();
        FrameProgress frames = new FrameProgress(progress, plannedFrames(plan, options.mode(), video),
                "Cutting rallies");
        List<PartialFile> partials = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        try (SourceContainer source = new SourceContainer(video)) {
            for (int i = 0; i < plan.size(); i++) {
                PartialFile out = PartialFile.prepare(targets.get(i));
                partials.add(out);
                written.add(options.mode() == CutMode.COPY ? copy(source, plan.get(i), out, frames)
                        : reencode(source, plan.get(i), out, options, frames));
            }
            for (PartialFile p : partials) {
                p.commit();
            }
        } catch (CutException | RuntimeException e) {
            partials.forEach(PartialFile::discard);
            throw e;
        }
        List<SegmentReport> segments = written.stream().flatMap(w -> w.segments().stream()).toList();
        double seconds = written.stream().mapToLong(Written::micros).sum() / 1e6;
        List<String> notes = written.stream().map(Written::note).filter(n -> n != null).distinct().toList();
        return new CutReport(partials.stream().map(PartialFile::target).toList(), segments, options.mode(),
                written.get(0).codec(), frames.done(), seconds, (System.nanoTime() - started) / 1e9, notes);
    }

    /** The file of one rally in a per-rally cut: {@code <video>-rally-03.mp4}, numbered from 1 in the rally list. */
    public static Path rallyFile(Path folder, Path video, int rally, int rallyCount) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        int digits = Math.max(2, Integer.toString(rallyCount).length());
        return folder.resolve(String.format("%s-rally-%0" + digits + "d.mp4", base, rally + 1));
    }

    private static Written copy(SourceContainer source, List<Segment> segments, PartialFile out,
                                FrameProgress frames) throws CutException {
        List<SegmentReport> snapped = KeyFrameSnap.snap(segments, source.index(), out.target());
        try (Muxer muxer = new Muxer(out)) {
            PacketCopier copier = new PacketCopier(source, muxer, frames);
            long micros = copier.copy(KeyFrameSnap.runs(snapped));
            return new Written(KeyFrameSnap.ended(snapped, copier.lastFrames()), micros, "copy", null);
        }
    }

    private static Written reencode(SourceContainer source, List<Segment> segments, PartialFile out,
                                    CutOptions options, FrameProgress frames) throws CutException {
        int width = source.video().facts().width();
        int height = source.video().facts().height();
        try (FrameShaper shaper = OverlayShaper.over(new FormatShaper(out.target()), options.overlay(),
                out.target())) {
            Reencoder.Encoded encoded = new Reencoder(source, options.quality(), frames).write(segments, shaper,
                    width, height, out);
            List<SegmentReport> exact = segments.stream().map(s -> new SegmentReport(s.rally(), out.target(),
                    s.first(), s.last(), s.first(), s.last(), 0)).toList();
            return new Written(exact, encoded.micros(), encoded.codec(), encoded.note());
        }
    }

    private static long plannedFrames(List<List<Segment>> plan, CutMode mode, OpenedVideo video) {
        return plan.stream().mapToLong(file -> mode == CutMode.COPY
                ? KeyFrameSnap.snap(file, video.index(), null).stream().mapToLong(SegmentReport::framesWritten).sum()
                : file.stream().mapToLong(Segment::length).sum()).sum();
    }
}
