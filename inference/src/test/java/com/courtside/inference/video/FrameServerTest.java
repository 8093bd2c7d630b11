package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class FrameServerTest {

    @TempDir
    static Path dir;
    static OpenedVideo video;

    record Ready(int index, boolean proxy) {
    }

    static final class Recorder implements FrameServer.Listener {
        final BlockingQueue<Ready> ready = new LinkedBlockingQueue<>();

        @Override
        public void frameReady(int index, boolean proxy) {
            ready.add(new Ready(index, proxy));
        }

        @Override
        public void failed(VideoOpenException error) {
            throw new AssertionError(error);
        }

        Ready next() throws InterruptedException {
            Ready r = ready.poll(20, TimeUnit.SECONDS);
            assertThat(r).as("a frame was delivered").isNotNull();
            return r;
        }
    }

    @BeforeAll
    static void clip() throws Exception {
        video = new VideoProbe(null, 1).open(NumberedClips.write(dir.resolve("long_gop.mp4"), 300, 30, 250, 0),
                ProgressListener.NONE);
    }

    private static int numberIn(FrameServer server, int index) {
        AtomicInteger number = new AtomicInteger(-1);
        assertThat(server.readExact(index, image -> number.set(NumberedClips.numberOf(image)))).isTrue();
        return number.get();
    }

    @Test
    void requestedFrameArrivesExactlyAndNeighboursAreCachedAfterwards() throws Exception {
        Recorder recorder = new Recorder();
        try (FrameServer server = new FrameServer(video, 64L << 20, 1, recorder)) {
            server.request(200);
            Ready r = recorder.next();
            assertThat(r).isEqualTo(new Ready(200, false));
            assertThat(numberIn(server, 200)).isEqualTo(200);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!(server.cache().contains(199) && server.cache().contains(201)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(numberIn(server, 199)).isEqualTo(199);
            assertThat(numberIn(server, 201)).isEqualTo(201);
        }
    }

    @Test
    void farScrubIsAnsweredFromTheProxyFirstThenExactly() throws Exception {
        Path proxyFile = dir.resolve("proxy.mp4");
        ProxyBuilder.build(video, proxyFile, 1, ProgressListener.NONE);
        OpenedVideo proxy = new VideoProbe(null, 1).open(proxyFile, ProgressListener.NONE);
        assertThat(proxy.facts().frameCount()).isEqualTo(300);
        assertThat(proxy.index().keyFrameCount()).as("every proxy frame is a key frame").isEqualTo(300);
        Recorder recorder = new Recorder();
        try (FrameServer server = new FrameServer(video, 64L << 20, 1, recorder)) {
            server.attachProxy(proxy);
            Thread.sleep(200);
            server.request(240);
            assertThat(recorder.next()).isEqualTo(new Ready(240, true));
            AtomicInteger number = new AtomicInteger(-1);
            assertThat(server.readProxy(240, image -> number.set(NumberedClips.numberOf(image)))).isTrue();
            assertThat(number.get()).isEqualTo(240);
            assertThat(recorder.next()).isEqualTo(new Ready(240, false));
            assertThat(numberIn(server, 240)).isEqualTo(240);
        }
    }

    @Test
    void playbackPumpShowsFramesInOrderAndCountsDrops() throws Exception {
        try (FrameServer server = new FrameServer(video, 64L << 20, 1, new Recorder())) {
            PlaybackClock clock = new PlaybackClock(video.facts().fps(), video.facts().frameCount());
            PlaybackPump pump = new PlaybackPump(server, clock, 8);
            long t0 = System.nanoTime();
            clock.start(0, 1.0, t0);
            pump.reset(-1);
            int last = -1;
            AtomicInteger painted = new AtomicInteger(-1);
            while (System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(1500)) {
                int shown = pump.tick(System.nanoTime(), image -> painted.set(NumberedClips.numberOf(image)));
                if (shown >= 0) {
                    assertThat(shown).isGreaterThan(last);
                    assertThat(painted.get()).isEqualTo(shown);
                    last = shown;
                }
                Thread.sleep(16);
            }
            assertThat(last).as("playback advanced").isGreaterThan(20);
            assertThat(pump.shownFrames() + pump.droppedFrames()).isEqualTo(last + 1);
        }
    }

    @Test
    void outputSizeChangeRedecodesTheCurrentFrameAtTheNewSize() throws Exception {
        Recorder recorder = new Recorder();
        try (FrameServer server = new FrameServer(video, 64L << 20, 1, recorder)) {
            server.request(120);
            assertThat(recorder.next()).isEqualTo(new Ready(120, false));
            server.setOutputSize(161, 121);
            assertThat(recorder.next()).isEqualTo(new Ready(120, false));
            assertThat(server.outputWidth()).isEqualTo(161);
            AtomicInteger width = new AtomicInteger();
            AtomicInteger number = new AtomicInteger(-1);
            assertThat(server.readExact(120, image -> {
                width.set(image.width());
                number.set(NumberedClips.numberOf(image));
            })).isTrue();
            assertThat(width.get()).isEqualTo(161);
            assertThat(number.get()).isEqualTo(120);
            server.setOutputSize(10_000, 10_000);
            assertThat(recorder.next()).isEqualTo(new Ready(120, false));
            assertThat(server.outputWidth()).as("never above the video's own size").isEqualTo(NumberedClips.WIDTH);
        }
    }
}
