package com.courtside.labeling.edit;

import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The labeller's edits of one video. Each call is one transaction on the store's writer thread, journaled with
 * its description so it can be undone and redone, also after a restart; the future completes once the edit is
 * on disk and yields what was done. Safe to call from any thread (the FX thread included: nothing blocks).
 */
public final class LabelEditor {

    @FunctionalInterface
    private interface Builder {
        Edit build(LabelEdits edits) throws SQLException;
    }

    private final Project project;
    private final long videoId;
    private final String author;

    public LabelEditor(Project project, long videoId, String author) {
        this.project = Objects.requireNonNull(project, "project");
        this.videoId = videoId;
        this.author = Objects.requireNonNull(author, "author");
    }

    public String author() {
        return author;
    }

    private CompletableFuture<Edit> edit(String what, Builder builder) {
        return project.submit(what, c -> {
            Edit edit = builder.build(new LabelEdits(c, videoId, author));
            EditJournal.record(c, videoId, author, edit);
            return edit;
        });
    }

    public CompletableFuture<Edit> setBall(int frame, float x, float y) {
        return edit("Setting the ball", e -> e.setBall(frame, x, y, BallTrack.Visibility.VISIBLE));
    }

    /** Marks the frame OCCLUDED (keeping the position, if any, given here), OUT_OF_FRAME, or NONE (no ball). */
    public CompletableFuture<Edit> markBall(int frame, BallTrack.Visibility visibility, float x, float y) {
        return edit("Marking the ball", e -> e.setBall(frame, x, y, visibility));
    }

    public CompletableFuture<Edit> revertBall(int frame) {
        return edit("Giving a frame back to the model", e -> e.revertBall(frame));
    }

    public CompletableFuture<Edit> setBalls(int[] frames, float[] x, float[] y, byte[] visibility, String description) {
        return edit(description, e -> e.setBalls(frames, x, y, visibility, null, description));
    }

    /** Imports a file's labels as one undoable edit. */
    public CompletableFuture<Edit> importLabels(ImportedLabels labels) {
        return edit("Importing " + labels.file().getFileName(), e -> e.importLabels(labels));
    }

    public CompletableFuture<Edit> addEvent(int frame, EventKind kind) {
        return edit("Adding an event", e -> e.addEvent(frame, kind));
    }

    public CompletableFuture<Edit> removeEvent(int frame, EventKind kind) {
        return edit("Deleting an event", e -> e.removeEvent(frame, kind));
    }

    public CompletableFuture<Edit> moveEvent(int from, EventKind kind, int to) {
        return edit("Moving an event", e -> e.moveEvent(from, kind, to));
    }

    /** Pins the virtual camera at {@code frame}: crop centre in source pixels, zoom 1 the widest crop, 2 half as wide. */
    public CompletableFuture<Edit> pinCamera(int frame, float centreX, float centreY, float zoom) {
        return edit("Pinning the camera", e -> new CameraEdits(e).pin(frame, centreX, centreY, zoom));
    }

    public CompletableFuture<Edit> unpinCamera(int frame) {
        return edit("Removing a camera pin", e -> new CameraEdits(e).unpin(frame));
    }

    /** The labeller's shooter of the shot released at {@code frame}; null clears the choice. */
    public CompletableFuture<Edit> setShooter(int frame, com.courtside.timeline.players.PlayerSlot shooter) {
        return edit("Choosing the shooter", e -> new PlayerEdits(e).shooter(frame, shooter));
    }

    /** Gives tracked person {@code track} a slot (O1–O5, D1–D5, …) for the whole clip. */
    public CompletableFuture<Edit> setPlayerSlot(int track, com.courtside.timeline.players.PlayerSlot slot) {
        return edit("Naming a player", e -> new PlayerEdits(e).slot(track, slot));
    }

    public CompletableFuture<Edit> setRallyStart(int frame) {
        return edit("Setting a rally start", e -> new RallyEdits(e).setStart(frame));
    }

    public CompletableFuture<Edit> setRallyEnd(int frame) {
        return edit("Setting a rally end", e -> new RallyEdits(e).setEnd(frame));
    }

    /** Moves the start ({@code startEdge}) or end of the rally that starts at {@code rallyStart} to {@code to}. */
    public CompletableFuture<Edit> moveRallyEdge(int rallyStart, boolean startEdge, int to) {
        return edit("Moving a rally edge", e -> new RallyEdits(e).moveEdge(rallyStart, startEdge, to));
    }

    public CompletableFuture<Edit> splitRally(int frame) {
        return edit("Splitting a rally", e -> new RallyEdits(e).split(frame));
    }

    public CompletableFuture<Edit> mergeRallyWithNext(int frame) {
        return edit("Merging rallies", e -> new RallyEdits(e).mergeWithNext(frame));
    }

    public CompletableFuture<Edit> deleteRally(int frame) {
        return edit("Deleting a rally", e -> new RallyEdits(e).delete(frame));
    }

    public CompletableFuture<Edit> reviewRally(int frame, Review review) {
        return edit("Marking a rally", e -> new RallyEdits(e).review(frame, review));
    }

    public CompletableFuture<Edit> acceptModelRally(int frame) {
        return edit("Accepting the model's labels", e -> new RallyEdits(e).acceptModel(frame));
    }

    /** Undoes the latest edit. @return its description, empty when there was nothing to undo */
    public CompletableFuture<Optional<String>> undo() {
        return project.submit("Undoing", c -> EditJournal.undo(c, videoId));
    }

    public CompletableFuture<Optional<String>> redo() {
        return project.submit("Redoing", c -> EditJournal.redo(c, videoId));
    }

    /** What Undo would undo, for the Edit menu ("Undo Set the ball at frame 12"). */
    public Optional<String> nextUndo() {
        return project.read("Reading the edit history", (Connection c) -> EditJournal.nextUndo(c, videoId));
    }

    public Optional<String> nextRedo() {
        return project.read("Reading the edit history", (Connection c) -> EditJournal.nextRedo(c, videoId));
    }
}
