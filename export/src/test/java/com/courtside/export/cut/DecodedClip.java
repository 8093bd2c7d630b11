package com.courtside.export.cut;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An output file decoded for checking: the number each video frame shows (read from its blocks, scaled by
 * {@code scale} for a follow-cam), which frames flash, and the audio as one array of samples.
 */
final class DecodedClip {

    final int width;
    final int height;
    final List<Integer> numbers = new ArrayList<>();
    final List<Boolean> flashes = new ArrayList<>();
    final List<Long> frameMicros = new ArrayList<>();
    float[] audio = new float[0];
    long audioStartMicros = -1;
    int sampleRate;

    private DecodedClip(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static DecodedClip read(Path file, double scale) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            g.start();
            DecodedClip clip = new DecodedClip(g.getImageWidth(), g.getImageHeight());
            clip.sampleRate = g.getSampleRate();
            int audioLength = 0;
            Frame f;
            while ((f = g.grab()) != null) {
                if (f.image != null) {
                    clip.addPicture(f, scale);
                } else if (f.samples != null) {
                    if (clip.audioStartMicros < 0) {
                        clip.audioStartMicros = f.timestamp;
                    }
                    FloatBuffer b = (FloatBuffer) f.samples[0];
                    int n = b.remaining() / f.audioChannels;
                    if (audioLength + n > clip.audio.length) {
                        clip.audio = Arrays.copyOf(clip.audio, Math.max(2 * clip.audio.length, audioLength + n));
                    }
                    for (int i = 0; i < n; i++) {
                        clip.audio[audioLength + i] = b.get(b.position() + i * f.audioChannels);
                    }
                    audioLength += n;
                }
            }
            clip.audio = Arrays.copyOf(clip.audio, audioLength);
            return clip;
        }
    }

    private void addPicture(Frame f, double scale) {
        ByteBuffer px = (ByteBuffer) f.image[0];
        int stride = f.imageStride;
        int number = 0;
        int half = (int) (TestMatch.BLOCK * scale / 2);
        for (int bit = 0; bit < TestMatch.BITS; bit++) {
            int x = (int) (bit * TestMatch.BLOCK * scale) + half;
            if ((px.get(half * stride + x) & 0xff) > 128) {
                number |= 1 << bit;
            }
        }
        numbers.add(number);
        flashes.add((px.get((f.imageHeight - 4) * stride + 4) & 0xff) > 150);
        frameMicros.add(f.timestamp);
    }

    int frameCount() {
        return numbers.size();
    }

    double videoSeconds() {
        return frameCount() / (double) TestMatch.FPS;
    }

    double audioSeconds() {
        return audio.length / (double) sampleRate;
    }

    /** Seconds from the start of the file at which each flash's first frame is shown. */
    List<Double> flashSeconds() {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < flashes.size(); i++) {
            if (flashes.get(i) && (i == 0 || !flashes.get(i - 1))) {
                out.add(frameMicros.get(i) / 1e6);
            }
        }
        return out;
    }

    /** Seconds at which each tone burst starts: a loud sample after at least 0.1 s of quiet. */
    List<Double> burstSeconds() {
        List<Double> out = new ArrayList<>();
        int quiet = sampleRate / 10;
        int lastLoud = -quiet - 1;
        for (int i = 0; i < audio.length; i++) {
            if (Math.abs(audio[i]) > 0.2) {
                if (i - lastLoud > quiet) {
                    out.add(audioStartMicros / 1e6 + i / (double) sampleRate);
                }
                lastLoud = i;
            }
        }
        return out;
    }
}
