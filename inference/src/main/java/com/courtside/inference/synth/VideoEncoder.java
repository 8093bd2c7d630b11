package com.courtside.inference.synth;

import java.util.concurrent.TimeUnit;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Owns the FFmpeg recorder and the one thread that feeds it, so drawing the next frame overlaps encoding this
 * one. Frames travel as YUV 4:2:0 buffers from a small pool; the pool size bounds memory and back-pressures
 * the renderer when the encoder is slower.
 *
 * <p>The bundled FFmpeg is an LGPL build without libx264, so H.264 comes from OpenH264; where that encoder is
 * missing the video falls back to MPEG-4 Part 2 with a warning.
 */
public final class VideoEncoder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VideoEncoder.class);
    private static final int POOL = 4;
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private final int width;
    private final int height;
    private final FFmpegFrameRecorder recorder;
    private final String codecName;
    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(POOL);
    private final BlockingQueue<ByteBuffer> full = new ArrayBlockingQueue<>(POOL + 1);
    private final Thread thread;
    private volatile Throwable failure;
    private boolean finished;

    public VideoEncoder(Path file, int width, int height, int fps, int gopFrames, int bitrateKbps) throws IOException {
        this.width = width;
        this.height = height;
        FFmpegFrameRecorder opened;
        String name = "libopenh264";
        try {
            opened = start(file, avcodec.AV_CODEC_ID_H264, name, fps, gopFrames, bitrateKbps);
        } catch (FFmpegFrameRecorder.Exception e) {
            LOG.warn("OpenH264 is not available in this FFmpeg ({}); writing MPEG-4 Part 2 instead of H.264", e.getMessage());
            name = "mpeg4";
            try {
                opened = start(file, avcodec.AV_CODEC_ID_MPEG4, name, fps, gopFrames, bitrateKbps);
            } catch (FFmpegFrameRecorder.Exception again) {
                throw new IOException("cannot open a video encoder for " + file + ": " + again.getMessage(), again);
            }
        }
        this.recorder = opened;
        this.codecName = name;
        for (int i = 0; i < POOL; i++) {
            free.add(ByteBuffer.allocateDirect(width * height * 3 / 2));
        }
        thread = new Thread(this::encodeLoop, "courtside-demo-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    private FFmpegFrameRecorder start(Path file, int codec, String name, int fps, int gop, int kbps)
            throws FFmpegFrameRecorder.Exception {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        r.setFormat("mp4");
        r.setVideoCodec(codec);
        r.setVideoCodecName(name);
        r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        r.setFrameRate(fps);
        r.setGopSize(gop);
        r.setVideoBitrate(kbps * 1000);
        // A skipped frame would shift every later frame index against the truth.
        r.setVideoOption("allow_skip_frames", "0");
        // One thread: OpenH264's multi-threaded rate control makes the bytes differ from run to run, and the
        // same seed must give the same file.
        r.setVideoOption("threads", "1");
        // OpenH264 warns about rate control and FFmpeg prints the stream layout at the default level; neither
        // helps a user, so the encoder is opened at error level unless someone asked FFmpeg for more.
        int level = avutil.av_log_get_level();
        if (level == avutil.AV_LOG_INFO) {
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        }
        try {
            r.start();
            return r;
        } catch (FFmpegFrameRecorder.Exception e) {
            try {
                r.release();
            } catch (FFmpegFrameRecorder.Exception ignored) {
                // the start failure is the one worth reporting
            }
            throw e;
        } finally {
            avutil.av_log_set_level(level);
        }
    }

    public String codecName() {
        return codecName;
    }

    /** A buffer to fill with the next frame; blocks while the encoder is behind. */
    public ByteBuffer acquire() throws IOException, InterruptedException {
        checkFailure();
        ByteBuffer b;
        do {
            b = free.poll(200, TimeUnit.MILLISECONDS);
            checkFailure();
        } while (b == null);
        return b;
    }

    /** Queues a filled buffer; frames are encoded in the order submitted. */
    public void submit(ByteBuffer frame) throws InterruptedException {
        full.put(frame);
    }

    /** Encodes what is queued, flushes the encoder and closes the file. */
    public void finish() throws IOException, InterruptedException {
        full.put(END);
        thread.join();
        finished = true;
        checkFailure();
        try {
            recorder.stop();
            recorder.release();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("could not finish the video: " + e.getMessage(), e);
        }
    }

    private void encodeLoop() {
        try {
            while (true) {
                ByteBuffer b = full.take();
                if (b == END) {
                    return;
                }
                recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 1, width, avutil.AV_PIX_FMT_YUV420P, b);
                b.clear();
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void checkFailure() throws IOException {
        Throwable t = failure;
        if (t != null) {
            throw new IOException("the video encoder failed: " + t.getMessage(), t);
        }
    }

    /** Stops the encoder thread and frees the native encoder; after a failure or cancel the file is garbage. */
    @Override
    public void close() {
        if (!finished) {
            thread.interrupt();
            try {
                thread.join(5000);
                recorder.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (FFmpegFrameRecorder.Exception e) {
                LOG.debug("releasing the recorder after a failure", e);
            }
            finished = true;
        }
    }
}
