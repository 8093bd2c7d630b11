package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

/**
 * Stream copy: the packets of runs of source frames, back to back, with their timestamps moved so each run plays
 * right after the one before. Video packets are kept whole from a key frame to the run's last frame. Audio packets
 * cannot be cut inside, so the audio is laid end to end without gaps, and each run starts with the packet whose
 * start lies nearest the run's first video frame: audio stays within half a packet (about 11 ms) of the video,
 * and the error does not add up from run to run.
 *
 * <p>Two things of real footage are kept decodable. B-frames: a frame shown before the run's last may be predicted
 * from one shown after it (decoded earlier), so a run ends on the last such reference frame instead, a few frames
 * late, and {@link #lastFrames()} says where. A key frame hidden by the source's edit list (the first frames of a
 * phone video, shown before time 0 and cut away by the player): a run that starts in that first group of pictures
 * at the start of the output keeps them, before time 0, so the output's own edit list hides them again.
 */
final class PacketCopier {

    /** Interleaving slack: a video packet this far past a run means its audio, if still missing, is not there. */
    private static final long AUDIO_WAIT_MICROS = 2_000_000;

    private final SourceContainer source;
    private final Muxer muxer;
    private final FrameProgress progress;
    private final AVStream video;
    private final AVStream audio;
    private final int videoOut;
    private final int audioOut;
    private long outMicros;
    private long audioWritten;
    private long lastDts = Long.MIN_VALUE;
    private final List<Integer> lastFrames = new ArrayList<>();

    PacketCopier(SourceContainer source, Muxer muxer, FrameProgress progress) throws CutException {
        this.source = source;
        this.muxer = muxer;
        this.progress = progress;
        this.video = source.videoStream();
        this.audio = source.audioStream();
        this.videoOut = muxer.addCopyOf(video);
        this.audioOut = audio != null ? muxer.addCopyOf(audio) : -1;
    }

    /** Copies the runs, each {@code {first, last}} with {@code first} a key frame; returns the playing time. */
    long copy(List<int[]> runs) throws CutException {
        muxer.start();
        AVPacket pkt = av_packet_alloc();
        try {
            for (int i = 0; i < runs.size(); i++) {
                long limit = i + 1 < runs.size() ? source.index().ptsMicros(runs.get(i + 1)[0]) : Long.MAX_VALUE;
                copyRun(runs.get(i)[0], runs.get(i)[1], limit, pkt);
            }
        } finally {
            av_packet_free(pkt);
        }
        muxer.finish();
        return outMicros;
    }

    /** Each run's last frame as written: its last asked for, or later where B-frames needed a reference after it. */
    List<Integer> lastFrames() {
        return List.copyOf(lastFrames);
    }

    private void copyRun(int first, int asked, long limitMicros, AVPacket pkt) throws CutException {
        int last = lastDecodable(asked, limitMicros, pkt);
        lastFrames.add(last);
        long startMicros = source.index().ptsMicros(first);
        long lastMicros = source.index().ptsMicros(last);
        long span = source.spanMicros(first, last);
        Run run = new Run(startMicros, lastMicros, span);
        source.seekToKeyFrame(first);
        while (!run.done() && source.read(pkt)) {
            try {
                progress.checkCancelled();
                if (pkt.stream_index() == video.index()) {
                    video(pkt, run);
                } else if (audio != null && pkt.stream_index() == audio.index()) {
                    audio(pkt, run);
                }
            } finally {
                av_packet_unref(pkt);
            }
        }
        outMicros += span;
    }

    /**
     * The frame a run asked to end on {@code asked} must end on for every frame up to {@code asked} to decode: the
     * latest-shown frame decoded before the last packet showing a frame up to {@code asked} (a reference of the
     * B-frames before it), never at or past {@code limitMicros}, where the next run starts. Without B-frames, or
     * where the index's times do not name the frame, {@code asked} itself.
     */
    private int lastDecodable(int asked, long limitMicros, AVPacket pkt) throws CutException {
        FrameIndex index = source.index();
        long askedMicros = index.ptsMicros(asked);
        source.seekToKeyFrame(index.keyFrameAtOrBefore(asked));
        AVRational tb = video.time_base();
        long latest = askedMicros;
        long latestBefore = askedMicros;
        while (source.read(pkt)) {
            try {
                if (pkt.stream_index() != video.index() || pkt.pts() == AV_NOPTS_VALUE) {
                    continue;
                }
                long dts = pkt.dts() == AV_NOPTS_VALUE ? pkt.pts() : pkt.dts();
                if (SourceContainer.micros(dts, tb) > askedMicros) {
                    break;
                }
                long pts = SourceContainer.micros(pkt.pts(), tb);
                if (pts < limitMicros) {
                    latest = Math.max(latest, pts);
                }
                if (pts <= askedMicros) {
                    latestBefore = latest;
                }
            } finally {
                av_packet_unref(pkt);
            }
        }
        int frame = index.frameOf(latestBefore);
        return frame > asked ? frame : asked;
    }

    private void video(AVPacket pkt, Run run) throws CutException {
        AVRational tb = video.time_base();
        if (pkt.pts() == AV_NOPTS_VALUE) {
            return;
        }
        long dts = pkt.dts() == AV_NOPTS_VALUE ? pkt.pts() : pkt.dts();
        long dtsMicros = SourceContainer.micros(dts, tb);
        if (dtsMicros > run.lastMicros) {
            // Decode order has passed the run's last frame: every later packet shows a later frame.
            run.videoDone = true;
            run.audioDeadline = dtsMicros > run.lastMicros + AUDIO_WAIT_MICROS;
            return;
        }
        long ptsMicros = SourceContainer.micros(pkt.pts(), tb);
        if (!run.started) {
            run.started = true;
            // A key frame the source's edit list hides: keep the frames before time 0 for the output's to hide.
            run.leadIn = (pkt.flags() & AV_PKT_FLAG_KEY) != 0 && ptsMicros < run.startMicros && outMicros == 0;
        }
        boolean before = ptsMicros < run.startMicros;
        if (run.videoDone || (before && !run.leadIn) || ptsMicros > run.lastMicros) {
            return;
        }
        long offset = SourceContainer.toStream(outMicros, tb) - SourceContainer.toStream(run.startMicros, tb);
        long outDts = Math.max(dts + offset, lastDts == Long.MIN_VALUE ? Long.MIN_VALUE : lastDts + 1);
        pkt.dts(outDts);
        pkt.pts(Math.max(pkt.pts() + offset, outDts));
        lastDts = outDts;
        muxer.write(pkt, videoOut);
        if (!before) {
            progress.frame();
        }
    }

    private void audio(AVPacket pkt, Run run) throws CutException {
        if (run.audioDone || pkt.pts() == AV_NOPTS_VALUE) {
            return;
        }
        AVRational tb = audio.time_base();
        long anchorOut = SourceContainer.toStream(outMicros, tb);
        long endOut = SourceContainer.toStream(outMicros + run.span, tb);
        long duration = Math.max(1, pkt.duration());
        long wanted = SourceContainer.toStream(run.startMicros, tb) + (audioWritten - anchorOut);
        if (pkt.pts() + duration / 2 <= wanted) {
            return; // starts nearer the sample before the one wanted: the next packet fits better
        }
        pkt.pts(audioWritten);
        pkt.dts(audioWritten);
        audioWritten += duration;
        muxer.write(pkt, audioOut);
        run.audioDone = audioWritten >= endOut;
    }

    /** The state of copying one run. */
    private final class Run {
        final long startMicros;
        final long lastMicros;
        final long span;
        boolean started;
        boolean leadIn;
        boolean videoDone;
        boolean audioDone;
        boolean audioDeadline;

        Run(long startMicros, long lastMicros, long span) {
            this.startMicros = startMicros;
            this.lastMicros = lastMicros;
            this.span = span;
            this.audioDone = audio == null
                    || audioWritten >= SourceContainer.toStream(outMicros + span, audio.time_base());
        }

        boolean done() {
            return videoDone && (audioDone || audioDeadline);
        }
    }
}
