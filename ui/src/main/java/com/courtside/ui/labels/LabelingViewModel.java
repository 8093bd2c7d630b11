package com.courtside.ui.labels;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.labeling.edit.Edit;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportFormatException;
import com.courtside.labeling.imports.Importers;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.GapFill;
import com.courtside.timeline.VideoFacts;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.overlay.TrackDetail;
import com.courtside.ui.player.ErrorReporter;
import com.courtside.ui.player.StatusModel;
import com.courtside.ui.task.FxTaskRunner;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The labels of the open video as the window shows and edits them: the effective labels as a layer, what Undo
 * and Redo would do, and the edits at the playhead. Every edit goes to the store at once (off the FX thread);
 * the layer is read back after each, so what is drawn is what is saved. FX thread only.
 */
public final class LabelingViewModel implements AutoCloseable {

    public static final String LAYER_NAME = "Labels";
    static final String EDIT_FAILED = "The edit was not saved";
    private static final Logger LOG = LoggerFactory.getLogger(LabelingViewModel.class);

    private final FxTaskRunner tasks;
    private final StatusModel status;
    private final ErrorReporter errors;
    private String author;
    private final ReadOnlyObjectWrapper<LabelingSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<LabelingSession.Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObjectProperty<LabelLayer> layer = new SimpleObjectProperty<>(this, "layer");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private long generation;
    private boolean closed;
    /** An analysis that finished before the project of its video was open. */
    private Runnable pending;
    private volatile com.courtside.timeline.rally.RallySettings rallySettings =
            com.courtside.timeline.rally.RallyPreset.TABLE_TENNIS.settings();

    public LabelingViewModel(FxTaskRunner tasks, StatusModel status, ErrorReporter errors, String author) {
        this.tasks = tasks;
        this.status = status;
        this.errors = errors;
        this.author = author;
    }

    public String author() {
        return author;
    }

    /** Who the edits and review marks are by, from now on. */
    public void setAuthor(String name) {
        author = name;
        LabelingSession current = session.get();
        if (current != null) {
            current.setAuthor(name);
        }
    }

    /** Opens the project of a newly opened video (closing the previous one) and shows its labels. */
    public void open(Path projectFile, VideoFacts facts) {
        if (closed) {
            return;
        }
        long mine = ++generation;
        closeSession();
        tasks.submitSilently("Opening the labels of " + facts.path().getFileName(),
                progress -> {
                    LabelingSession s = LabelingSession.open(projectFile, facts, author);
                    s.setAuthor(author);
                    return new Opened(s, s.load());
                },
                opened -> {
                    if (closed) {
                        opened.session().close(); // the background executor is gone with the window
                        return;
                    }
                    if (mine != generation) {
                        tasks.runQuietly("closing a superseded project", opened.session()::close);
                        return;
                    }
                    session.set(opened.session());
                    editable.set(!opened.session().project().isReadOnly());
                    publish(opened.snapshot());
                    Runnable save = pending;
                    pending = null;
                    if (save != null) {
                        save.run();
                    }
                    if (opened.session().project().isReadOnly()) {
                        status.setMessage("Labels read-only: " + opened.session().project().readOnlyReason());
                    }
                },
                failure -> {
                    LOG.warn("labels of {} not opened", facts.path(), failure);
                    errors.report("The labels could not be opened", failure.getMessage());
                });
    }

    private record Opened(LabelingSession session, LabelingSession.Snapshot snapshot) {
    }

    private void publish(LabelingSession.Snapshot s) {
        snapshot.set(s);
        layer.set(s == null || s.isEmpty() ? null : new LabelLayer(LAYER_NAME, s.labels(),
                new TrackDetail(s.ball().predicted(), s.ball().confidence())));
        LabelingSession current = session.get();
        if (current != null && !closed) {
            tasks.submitSilently("Reading the edit history", p -> new String[] {
                    current.editor().nextUndo().orElse(""), current.editor().nextRedo().orElse("")},
                    texts -> {
                        undoText.set(texts[0]);
                        redoText.set(texts[1]);
                    }, failure -> LOG.warn("edit history not read", failure));
        }
    }

    /** Reads the labels again (after a model run saved into the project), off the FX thread. */
    public void reloadLabels() {
        reload();
    }

    /** Reads the labels again after an edit, off the FX thread. */
    private void reload() {
        LabelingSession current = session.get();
        if (current == null || closed) {
            return;
        }
        tasks.submitSilently("Reading the labels", p -> current.load(), s -> {
            if (session.get() == current) {
                publish(s);
            }
        }, failure -> LOG.warn("labels not read", failure));
    }

    private void edit(Function<LabelingSession, CompletableFuture<?>> action) {
        LabelingSession current = session.get();
        if (current == null) {
            status.setMessage("Open a video to label it");
            return;
        }
        if (current.project().isReadOnly()) {
            status.setMessage("Labels are read-only: " + current.project().readOnlyReason());
            return;
        }
        CompletableFuture<?> future;
        try {
            future = action.apply(current);
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        future.whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                failed(failure);
            } else {
                status.setMessage(describe(done));
            }
            reload();
        }));
    }

    private static String describe(Object done) {
        if (done instanceof Edit e) {
            return e.isEmpty() ? "Nothing to change: " + e.description() : e.description();
        }
        if (done instanceof Optional<?> o) {
            return o.map(Object::toString).orElse("Nothing to undo or redo");
        }
        return String.valueOf(done);
    }

    private void failed(Throwable failure) {
        Throwable cause = failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException
                ? failure.getCause() : failure;
        LOG.warn("edit failed", cause);
        status.setMessage(EDIT_FAILED);
        errors.report(EDIT_FAILED, cause.getMessage());
    }

    public void setBall(int frame, double x, double y) {
        edit(s -> s.editor().setBall(frame, (float) x, (float) y));
    }

    public void markBall(int frame, BallTrack.Visibility visibility) {
        LabelingSession.Snapshot s = snapshot.get();
        float x = s == null ? Float.NaN : s.ball().x(frame);
        float y = s == null ? Float.NaN : s.ball().y(frame);
        edit(session -> session.editor().markBall(frame, visibility, x, y));
    }

    public void revertBall(int frame) {
        edit(s -> s.editor().revertBall(frame));
    }

    public void addEvent(int frame, EventKind kind) {
        edit(s -> s.editor().addEvent(frame, kind));
    }

    /** Deletes the event nearest the playhead within two frames (the one on the playhead first). */
    public void deleteEventNear(int frame) {
        LabelingSession.Snapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        s.events().stream().filter(e -> Math.abs(e.frame() - frame) <= 2)
                .min(java.util.Comparator.comparingInt(e -> Math.abs(e.frame() - frame)))
                .ifPresentOrElse(e -> edit(session -> session.editor().removeEvent(e.frame(), e.kind())),
                        () -> status.setMessage("No event within two frames of frame " + frame));
    }

    /**
     * Fills the gap around the playhead (the frames without a visible ball) along the flight's arc, split at a
     * bounce or hit inside it; refuses a gap longer than {@code maxGap} frames with a message saying so.
     */
    public void fillGap(int frame, int maxGap) {
        LabelingSession.Snapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        BallTrack track = s.labels().ball();
        if (frame < 0 || frame >= track.frameCount() || track.isVisible(frame)) {
            status.setMessage("The ball is labelled at frame " + frame + "; go to a frame of the gap to fill it");
            return;
        }
        int start = frame;
        while (start > 0 && !track.isVisible(start - 1) && frame - start <= maxGap) {
            start--;
        }
        int end = frame;
        while (end + 1 < track.frameCount() && !track.isVisible(end + 1) && end - frame <= maxGap) {
            end++;
        }
        GapFill.Result result = GapFill.fill(track, start, end, s.labels().events(), maxGap);
        if (result instanceof GapFill.Refused refused) {
            status.setMessage(refused.message());
            errors.report("The gap was not filled", refused.message());
            return;
        }
        GapFill.Filled filled = (GapFill.Filled) result;
        byte[] visible = new byte[filled.size()];
        java.util.Arrays.fill(visible, (byte) BallTrack.Visibility.VISIBLE.ordinal());
        String what = "Fill frames " + filled.frames()[0] + "–" + filled.frames()[filled.size() - 1]
                + " along the ball's arc";
        edit(session -> session.editor().setBalls(filled.frames(), filled.x(), filled.y(), visible, what));
    }

    /** Imports a label file as one undoable edit; a malformed file is refused with what is wrong, and imports nothing. */
    public void importLabels(Path file) {
        LabelingSession current = session.get();
        if (closed) {
            return;
        }
        if (current == null) {
            status.setMessage("Open a video before importing its labels");
            return;
        }
        var video = current.video();
        tasks.submit("Reading " + file.getFileName(), p -> Importers.forFile(file)
                        .read(file, new ImportContext(video.frameCount(), video.fps(),
                                ImportContext.nameOf(video.lastPath()), video.width(), video.height())),
                labels -> edit(s -> s.editor().importLabels(labels)),
                failure -> {
                    String message = failure instanceof ImportFormatException ? failure.getMessage()
                            : "Cannot read " + file.getFileName() + ": " + failure.getMessage();
                    status.setMessage("Nothing imported from " + file.getFileName());
                    errors.report("The labels were not imported", message + " Nothing was imported.");
                });
    }

    /** Moves the event nearest the playhead (within a second) onto the playhead. */
    public void moveNearestEventHere(int frame, int withinFrames) {
        LabelingSession.Snapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        s.events().stream().filter(e -> e.frame() != frame && Math.abs(e.frame() - frame) <= withinFrames)
                .min(java.util.Comparator.comparingInt(e -> Math.abs(e.frame() - frame)))
                .ifPresentOrElse(e -> edit(session -> session.editor().moveEvent(e.frame(), e.kind(), frame)),
                        () -> status.setMessage("No event within " + withinFrames + " frames of frame " + frame));
    }

    /** Pins the virtual camera at {@code frame} (crop centre in source pixels, zoom = crop width / frame width). */
    public void pinCamera(int frame, double centreX, double centreY, double zoom) {
        edit(s -> s.editor().pinCamera(frame, (float) centreX, (float) centreY, (float) zoom));
    }

    public void unpinCamera(int frame) {
        edit(s -> s.editor().unpinCamera(frame));
    }

    /** The labeller's shooter of the shot released at {@code frame}; null clears the choice. */
    public void setShooter(int frame, com.courtside.timeline.players.PlayerSlot shooter) {
        edit(s -> s.editor().setShooter(frame, shooter));
    }

    /** Gives tracked person {@code track} a slot (O1–O5, D1–D5, other) for the whole clip. */
    public void setPlayerSlot(int track, com.courtside.timeline.players.PlayerSlot slot) {
        edit(s -> s.editor().setPlayerSlot(track, slot));
    }

    public void rallyStart(int frame) {
        edit(s -> s.editor().setRallyStart(frame));
    }

    public void rallyEnd(int frame) {
        edit(s -> s.editor().setRallyEnd(frame));
    }

    /** How rallies are found from the next analysis on (the sport's preset). */
    public void setRallySettings(com.courtside.timeline.rally.RallySettings settings) {
        this.rallySettings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /**
     * Uses {@code settings} from now on and finds the open video's model rallies again with them, in the background,
     * from the analysis its project keeps (no model runs again); {@code what} names the settings in the status bar.
     */
    public void applyRallySettings(com.courtside.timeline.rally.RallySettings settings, String what) {
        setRallySettings(settings);
        LabelingSession current = session.get();
        if (current == null || closed) {
            status.setMessage("Rally settings: " + what + ", from the next video on");
            return;
        }
        tasks.submitSilently("Finding the rallies again", p -> current.refindRallies(settings), found -> {
            if (found.isEmpty()) {
                status.setMessage("Rally settings: " + what + "; they apply once the video is analysed");
                return;
            }
            status.setMessage("Rally settings: " + what + "; the model finds " + found.getAsInt()
                    + (found.getAsInt() == 1 ? " rally" : " rallies"));
            reload();
        }, failure -> failed(failure));
    }

    public com.courtside.timeline.rally.RallySettings rallySettings() {
        return rallySettings;
    }

    /** A rally edge dragged on the timeline: the rally that starts at {@code rallyStart} gets its edge at {@code to}. */
    public void moveRallyEdge(int rallyStart, boolean startEdge, int to) {
        edit(s -> s.editor().moveRallyEdge(rallyStart, startEdge, to));
    }

    public void splitRally(int frame) {
        edit(s -> s.editor().splitRally(frame));
    }

    public void mergeRally(int frame) {
        edit(s -> s.editor().mergeRallyWithNext(frame));
    }

    public void deleteRally(int frame) {
        edit(s -> s.editor().deleteRally(frame));
    }

    public void review(int frame, Review review) {
        edit(s -> s.editor().reviewRally(frame, review));
    }

    public void acceptModelRally(int frame) {
        edit(s -> s.editor().acceptModelRally(frame));
    }

    public void undo() {
        edit(s -> s.editor().undo().thenApply(d -> d.map(text -> "Undone: " + text)));
    }

    public void redo() {
        edit(s -> s.editor().redo().thenApply(d -> d.map(text -> "Redone: " + text)));
    }

    /** Keeps a finished analysis in the project as a model run (once per method), then shows the labels again. */
    public void saveAnalysis(AnalysisResult result, String methodId, String modelName, String modelSha256) {
        LabelingSession current = session.get();
        if (current == null) {
            // The project of the video is still opening: save once it is open.
            pending = () -> saveAnalysis(result, methodId, modelName, modelSha256);
            return;
        }
        if (closed || current.project().isReadOnly()
                || !current.video().signature().sameContentAs(result.facts().signature())) {
            return;
        }
        com.courtside.timeline.rally.RallySettings settings = rallySettings;
        tasks.submitSilently("Saving the analysis", p -> current.saveAnalysis(result, methodId, modelName, modelSha256,
                        result.method(), settings),
                saved -> reload(), failure -> failed(failure));
    }

    /**
     * Runs the game-state model {@code model} over {@code video} in the background and keeps its windows, with the
     * rallies they give together with {@code ball}, as a rally run; then shows the labels again. Skipped where the
     * project already holds this model's rally run or cannot be written.
     */
    public void findRallies(java.nio.file.Path model, com.courtside.inference.video.OpenedVideo video, BallTrack ball) {
        LabelingSession current = session.get();
        if (current == null && !closed) {
            // The project of the video is still opening: look once it is open, after any analysis waiting to be saved.
            Runnable before = pending;
            pending = () -> {
                if (before != null) {
                    before.run();
                }
                findRallies(model, video, ball);
            };
            return;
        }
        if (current == null || closed || current.project().isReadOnly()
                || !current.video().signature().sameContentAs(video.facts().signature())) {
            return;
        }
        tasks.submitSilently("Finding the rallies", p -> {
            try (com.courtside.inference.analysis.GameStateAnalyzer analyzer =
                         com.courtside.inference.analysis.GameStateAnalyzer.open(model,
                                 com.courtside.inference.onnx.Device.AUTO, 0)) {
                if (current.hasGameState(analyzer.methodId())) {
                    return false;
                }
                var series = analyzer.run(video, 0, p);
                return current.saveGameState(series, ball, analyzer.methodId(), analyzer.model().manifest().name(),
                        analyzer.model().sha256(), analyzer.model().provider(), rallySettings);
            }
        }, saved -> {
            if (Boolean.TRUE.equals(saved)) {
                status.setMessage("Rallies found by the game-state model and the ball track");
                reload();
            }
        }, failure -> failed(failure));
    }

    private void closeSession() {
        pending = null;
        LabelingSession old = session.get();
        session.set(null);
        snapshot.set(null);
        layer.set(null);
        undoText.set("");
        redoText.set("");
        editable.set(false);
        if (old != null) {
            tasks.runQuietly("closing the labels", old::close);
        }
    }

    public ReadOnlyObjectProperty<LabelingSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LabelingSession.Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The effective labels over the video; null when the project holds none for it yet. */
    public ObjectProperty<LabelLayer> layerProperty() {
        return layer;
    }

    /** The edit Undo would undo, "" when none. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        generation++;
        LabelingSession old = session.get();
        session.set(null);
        if (old != null) {
            old.close();
        }
    }
}
