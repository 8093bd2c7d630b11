package com.courtside.ui.main;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.resources.DemoMatch;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.player.ErrorReporter;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.player.StatusModel;
import com.courtside.ui.task.FxCoalescer;
import com.courtside.ui.task.FxTaskRunner;
import com.courtside.ui.video.FrameDisplay;
import com.courtside.ui.video.SessionFeed;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Opening a video, as one flow: index it off the FX thread with progress in the status bar, read its ground-truth
 * sidecar, then swap it in and close the previous one; or, when it fails, tell the user why and keep playing the
 * previous video. A newer open supersedes an older one still indexing.
 */
public final class OpenVideoWorkflow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenVideoWorkflow.class);
    private static final String OPEN_FAILED = "Could not open the video";

    private record Loaded(SessionFeed feed, Sidecars.Result labels) {
    }

    private final FxTaskRunner tasks;
    private final PlayerViewModel player;
    private final FrameDisplay display;
    private final CacheDirectory cache;
    private final RecentFiles recent;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<OpenedVideo> video = new ReadOnlyObjectWrapper<>(this, "video");
    private SessionFeed active;
    private volatile long generation;

    public OpenVideoWorkflow(FxTaskRunner tasks, PlayerViewModel player, FrameDisplay display, CacheDirectory cache,
                             RecentFiles recent, ErrorReporter errors) {
        this.tasks = tasks;
        this.player = player;
        this.display = display;
        this.cache = cache;
        this.recent = recent;
        this.errors = errors;
    }

    public void open(Path file) {
        start(file.getFileName() == null ? file.toString() : file.getFileName().toString(), () -> file);
    }

    /** Opens the demo match that ships with the program, unpacked to the cache folder on first use. */
    public void openDemo() {
        if (!DemoMatch.isBundled()) {
            player.status().setMessage("No demo match in this build");
            errors.report(OPEN_FAILED,
                    "This build of Courtside does not include the demo match. Open a video with File ▸ Open….");
            return;
        }
        start("the demo match", () -> DemoMatch.extractTo(cache.root().resolve("demo")));
    }

    private void start(String name, Callable<Path> where) {
        long mine = ++generation;
        StatusModel status = player.status();
        status.setMessage("Opening " + name + "…");
        tasks.submit("Opening " + name,
                progress -> load(where.call(), stopWhenSuperseded(progress, mine)),
                loaded -> show(mine, loaded),
                failure -> failed(mine, name, failure));
    }

    private Loaded load(Path file, ProgressListener progress) throws VideoOpenException {
        SessionFeed feed = SessionFeed.open(file, cache, display, progress);
        try {
            progress.checkCancelled();
            return new Loaded(feed, Sidecars.groundTruth(file));
        } catch (RuntimeException e) {
            feed.close();
            throw e;
        }
    }

    private ProgressListener stopWhenSuperseded(ProgressListener progress, long mine) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                progress.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return generation != mine || progress.isCancelled();
            }
        };
    }

    private void show(long mine, Loaded loaded) {
        if (mine != generation) {
            tasks.runQuietly("closing a superseded video", loaded.feed()::close);
            return;
        }
        SessionFeed previous = active;
        if (previous != null) {
            previous.deactivate();
        }
        active = loaded.feed();
        VideoFacts facts = active.facts();
        display.prepare(facts.width(), facts.height(), active.proxyWidth(), active.proxyHeight());
        LabelLayer layer = loaded.labels().layer();
        player.load(facts, active, layer);
        video.set(active.video());
        startProxy(active);
        Path opened = facts.path();
        tasks.runQuietly("remembering " + opened.getFileName(), () -> recent.add(opened));
        String name = facts.path().getFileName().toString();
        player.status().setMessage(loaded.labels().warning() != null ? loaded.labels().warning()
                : layer != null ? "Opened " + name + " with its ground truth" : "Opened " + name);
        if (previous != null) {
            tasks.runQuietly("closing the previous video", previous::close);
        }
    }

    private void startProxy(SessionFeed feed) {
        StatusModel status = player.status();
        record Progress(long done, long total, String message) {
        }
        FxCoalescer<Progress> progress = new FxCoalescer<>(p -> {
            if (feed == active) {
                status.proxyProgress(p.done(), p.total(), p.message());
            }
        });
        status.proxyStatusProperty().set("Proxy …");
        feed.startProxy((done, total, message) -> progress.post(new Progress(done, total, message)));
    }

    private void failed(long mine, String name, Throwable failure) {
        if (mine != generation || failure instanceof CancelledException) {
            return;
        }
        String message;
        if (failure instanceof VideoOpenException e) {
            message = e.getMessage();
        } else {
            LOG.error("opening {} failed", name, failure);
            message = "Courtside could not open " + name + ": " + failure.getMessage();
        }
        player.status().setMessage("Could not open " + name);
        errors.report(OPEN_FAILED, message);
    }

    /** The video on screen, indexed; null before the first one opens. Changes on the FX thread. */
    public ReadOnlyObjectProperty<OpenedVideo> videoProperty() {
        return video.getReadOnlyProperty();
    }

    /** Closes the open video; waits for its decoder threads, so call it at shutdown only. */
    @Override
    public void close() {
        generation++;
        video.set(null);
        if (active != null) {
            active.deactivate();
            active.close();
            active = null;
        }
    }
}
