package com.courtside.e2e.gui;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import com.courtside.timeline.io.TruthJson;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small table-tennis-like clip with its ground truth beside it ({@code X.truth.json}): a table seen from the
 * side, a ball that flies back and forth bouncing once per side, two rallies. Every frame differs (the ball moves
 * and a clock bar sweeps), so a step shows new pixels.
 */
final class TestClips {

    static final int FPS = 25;
    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FRAMES = 200;
    private static Path shared;

    private TestClips() {
    }

    /** The clip the GUI tests share, rendered once into {@code target/e2e-clips}. */
    static synchronized Path shared() throws Exception {
        if (shared == null) {
            Path dir = java.nio.file.Files.createDirectories(Path.of("target", "e2e-clips")).toAbsolutePath();
            Path file = dir.resolve("rally-" + WIDTH + "x" + HEIGHT + "-" + FRAMES + ".mp4");
            if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isRegularFile(truthOf(file))) {
                render(file, WIDTH, HEIGHT, FRAMES);
            }
            shared = file;
        }
        return shared;
    }

    /** Writes {@code frames} frames of {@code width × height} to {@code file} and the truth sidecar. */
    static Path render(Path file, int width, int height, int frames) throws Exception {
        BallTrack ball = new BallTrack(frames);
        List<MatchEvent> events = new ArrayList<>();
        List<Rally> rallies = List.of(new Rally(frames / 10, frames / 2), new Rally(frames * 6 / 10, frames - 8));
        Geometry g = new Geometry(width, height);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), width, height, 0)) {
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(FPS);
            recorder.setGopSize(FPS);
            recorder.setVideoQuality(2);
            recorder.start();
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < frames; i++) {
                double[] pos = g.ball(i);
                int index = i;
                boolean inRally = rallies.stream().anyMatch(r -> r.contains(index));
                if (inRally) {
                    ball.set(i, (float) pos[0], (float) pos[1]);
                    if (g.isBounce(i)) {
                        events.add(new MatchEvent(i, EventKind.BOUNCE));
                    }
                }
                draw(image, g, i, frames, inRally ? pos : null);
                copy(image, frame);
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        }
        LabelSet labels = new LabelSet("test-clip", width, height, Rational.of(FPS, 1), ball, events, rallies);
        TruthJson.write(truthOf(file), labels, null);
        return file;
    }

    static Path truthOf(Path video) {
        String name = video.getFileName().toString();
        return video.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
    }

    /** Where things are: a table across the lower middle, the ball flying over it with one bounce per side. */
    private record Geometry(int w, int h) {
        static final int FLIGHT = 24;

        double tableY() {
            return h * 0.62;
        }

        double tableLeft() {
            return w * 0.12;
        }

        double tableRight() {
            return w * 0.88;
        }

        /** The ball flies left→right then right→left, FLIGHT frames each way, bouncing at mid-flight. */
        double[] ball(int i) {
            int leg = i / FLIGHT;
            double t = (i % FLIGHT) / (double) FLIGHT;
            double u = leg % 2 == 0 ? t : 1 - t;
            double x = tableLeft() + (tableRight() - tableLeft()) * (0.05 + 0.9 * u);
            double hop = Math.abs(Math.sin(Math.PI * 2 * t));
            double y = tableY() - 6 - hop * h * 0.28;
            return new double[] {x, y};
        }

        boolean isBounce(int i) {
            int k = i % FLIGHT;
            return k == 0 || k == FLIGHT / 2;
        }
    }

    private static void draw(BufferedImage image, Geometry g, int i, int frames, double[] ball) {
        Graphics2D gr = image.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = g.w();
        int h = g.h();
        gr.setPaint(new GradientPaint(0, 0, new Color(28, 42, 70), 0, h, new Color(12, 18, 30)));
        gr.fillRect(0, 0, w, h);
        gr.setColor(new Color(60, 32, 28));
        gr.fillRect(0, (int) (h * 0.72), w, h);
        int left = (int) g.tableLeft();
        int right = (int) g.tableRight();
        int top = (int) g.tableY();
        gr.setColor(new Color(24, 78, 150));
        gr.fillRect(left, top, right - left, Math.max(6, h / 40));
        gr.setColor(Color.WHITE);
        gr.setStroke(new BasicStroke(Math.max(2, h / 240f)));
        gr.drawRect(left, top, right - left, Math.max(6, h / 40));
        gr.setColor(new Color(40, 40, 40));
        gr.fillRect(left + 8, top + h / 40, 6, (int) (h * 0.16));
        gr.fillRect(right - 14, top + h / 40, 6, (int) (h * 0.16));
        int netX = (left + right) / 2;
        gr.setColor(new Color(230, 230, 230, 200));
        gr.fillRect(netX - 2, top - h / 14, 4, h / 14);
        gr.setColor(new Color(245, 165, 36));
        gr.fillRect(0, h - 6, (int) ((long) w * (i + 1) / frames), 6);
        if (ball != null) {
            int r = Math.max(4, h / 70);
            gr.setColor(new Color(255, 250, 240));
            gr.fillOval((int) ball[0] - r, (int) ball[1] - r, 2 * r, 2 * r);
        }
        gr.dispose();
    }

    private static void copy(BufferedImage image, Frame frame) {
        byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteBuffer dst = (ByteBuffer) frame.image[0];
        int row = image.getWidth() * 3;
        for (int y = 0; y < image.getHeight(); y++) {
            dst.position(y * frame.imageStride);
            dst.put(src, y * row, row);
        }
        dst.clear();
    }
}
