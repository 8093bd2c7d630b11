package com.courtside.export.cut;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.util.List;

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
            for (int[] run : runs) {
                copyRun(run[0], run[1], pkt);
            }
        } finally {
            av_packet_free(pkt);
        }
        muxer.finish();
        return outMicros;
    }

    private void copyRun(int first, int last, AVPacket pkt) throws CutException {
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
        if (run.videoDone || ptsMicros < run.startMicros || ptsMicros > run.lastMicros) {
            return;
        }
        long offset = SourceContainer.toStream(outMicros, tb) - SourceContainer.toStream(run.startMicros, tb);
        long outDts = Math.max(dts + offset, lastDts == Long.MIN_VALUE ? Long.MIN_VALUE : lastDts + 1);
        pkt.dts(outDts);
        pkt.pts(Math.max(pkt.pts() + offset, outDts));
        lastDts = outDts;
        muxer.write(pkt, videoOut);
        progress.frame();
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
