package com.courtside.ui.export;

import com.courtside.export.cut.CutLayout;
import com.courtside.export.cut.CutMode;
import com.courtside.export.cut.CutOptions;
import com.courtside.export.cut.CutReport;
import com.courtside.export.cut.FollowCamRenderer;
import com.courtside.export.cut.OutputSize;
import com.courtside.export.cut.Quality;
import com.courtside.export.cut.RallyCutter;
import com.courtside.inference.camera.CameraPlanner;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.ui.Styles;
import com.courtside.ui.overlay.BurnIn;
import com.courtside.ui.task.FxTaskRunner;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * File ▸ Export Video…: the open video's rallies without the dead time (one reel or a file each, stream copy or
 * frame-exact re-encode), or the follow-cam render as the Camera tab frames it, optionally with the overlay burnt in
 * as the video shows it (which needs a re-encode). The preview says how much is kept before anything is written; the
 * export runs in the background with progress here, and Cancel leaves nothing.
 */
public final class VideoExportDialog {

    /** What is written. */
    enum What {
        REEL("The rallies, one video"), PER_RALLY("The rallies, a video each"),
        FOLLOW_RALLIES("Follow-cam of the rallies"), FOLLOW_WHOLE("Follow-cam of the whole video");

        final String text;

        What(String text) {
            this.text = text;
        }

        boolean followCam() {
            return this == FOLLOW_RALLIES || this == FOLLOW_WHOLE;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Stage stage = new Stage();
    private final ComboBox<What> what = new ComboBox<>(FXCollections.observableArrayList(What.values()));
    private final TextField which = new TextField("all");
    private final ComboBox<String> mode = new ComboBox<>(FXCollections.observableArrayList(
            "Stream copy (fast; cuts move to key frames)", "Re-encode (frame-exact)"));
    private final TextField padding = new TextField("1.0");
    private final ComboBox<String> quality = new ComboBox<>(FXCollections.observableArrayList("low", "medium",
            "high"));
    private final ComboBox<OutputSize> size = new ComboBox<>(FXCollections.observableArrayList(OutputSize.values()));
    private final CheckBox overlay = new CheckBox("Burn in the overlay (ball trail, events, rally number)");
    private final TextField target = new TextField();
    private final Label preview = new Label();
    private final Label problem = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    private final ExportProgress work;
    private final VideoExportSources sources;

    public VideoExportDialog(Window owner, FxTaskRunner tasks, VideoExportSources sources) {
        this.sources = sources;
        stage.initOwner(owner);
        stage.setTitle("Export Video");
        what.setValue(What.REEL);
        what.setId("cut-what");
        which.setId("cut-rallies");
        mode.getSelectionModel().select(0);
        mode.setId("cut-mode");
        padding.setId("cut-padding");
        quality.setValue("medium");
        quality.setId("cut-quality");
        size.setValue(OutputSize.HD);
        size.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(OutputSize s) {
                return s == null ? "" : s.wireName();
            }

            @Override
            public OutputSize fromString(String text) {
                return OutputSize.parse(text);
            }
        });
        size.setId("cut-size");
        overlay.setId("cut-overlay");
        target.setId("cut-target");
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseTarget());
        preview.setId("cut-preview");
        preview.setWrapText(true);
        work = new ExportProgress(tasks, progress, status);
        work.dress("cut", problem, export, this::start, cancel, this::cancelOrClose);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label("Write"), what);
        grid.addRow(row++, new Label("Rallies"), which);
        grid.addRow(row++, new Label("Cut by"), mode);
        grid.addRow(row++, new Label("Padding (s)"), padding);
        grid.addRow(row++, new Label("Quality"), quality);
        grid.addRow(row++, new Label("Follow-cam size"), size);
        grid.add(overlay, 1, row);
        VBox root = new VBox(10, grid, new Label("Into"), new HBox(8, target, choose), preview, problem, progress,
                status, new HBox(8, export, cancel));
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        var followCam = what.valueProperty().isEqualTo(What.FOLLOW_RALLIES)
                .or(what.valueProperty().isEqualTo(What.FOLLOW_WHOLE));
        // Stream copy cannot draw on frames: the overlay re-encodes, so "Cut by" has nothing to choose.
        mode.disableProperty().bind(followCam.or(overlay.selectedProperty()));
        size.disableProperty().bind(followCam.not());
        overlay.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                mode.getSelectionModel().select(1);
            }
        });
        which.disableProperty().bind(what.valueProperty().isEqualTo(What.FOLLOW_WHOLE));
        what.valueProperty().addListener((obs, old, now) -> target.setText(defaultTarget(now).toString()));
        List<javafx.beans.Observable> inputs = List.of(what.valueProperty(), which.textProperty(),
                mode.valueProperty(), padding.textProperty(), quality.valueProperty(), size.valueProperty(),
                overlay.selectedProperty(), target.textProperty());
        inputs.forEach(p -> p.addListener(obs -> refresh()));
        stage.setOnCloseRequest(e -> work.cancel());
        target.setText(defaultTarget(What.REEL).toString());
        refresh();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Path defaultTarget(What w) {
        Path video = sources.video().facts().path().toAbsolutePath();
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return switch (w) {
            case REEL -> video.resolveSibling(base + "-rallies.mp4");
            case PER_RALLY -> video.getParent();
            case FOLLOW_RALLIES, FOLLOW_WHOLE -> video.resolveSibling(base + "-followcam.mp4");
        };
    }

    private void chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the video as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4 video", "*.mp4"));
        Path current = Path.of(target.getText().trim());
        chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            target.setText(file.toPath().toString());
        }
    }

    /** The rallies chosen, numbered from 1; IllegalArgumentException naming what is wrong. */
    List<Integer> chosenIndices() {
        int count = sources.rallies().size();
        String text = which.getText().trim().toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        if (text.isEmpty() || text.equals("all")) {
            for (int i = 0; i < count; i++) {
                out.add(i);
            }
            return out;
        }
        for (String part : text.split("[,\\s]+")) {
            try {
                int n = Integer.parseInt(part);
                if (n < 1 || n > count) {
                    throw new IllegalArgumentException("There is no rally " + n + "; the video has " + count + ".");
                }
                out.add(n - 1);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Rallies: 'all', or numbers such as 1, 3, 5; not '" + part + "'.");
            }
        }
        return out;
    }

    private double paddingSeconds() {
        try {
            double s = Double.parseDouble(padding.getText().trim());
            if (!(s >= 0) || s > 600) {
                throw new IllegalArgumentException("Padding is 0 to 600 seconds, not " + padding.getText() + ".");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Padding must be a number of seconds, not '" + padding.getText()
                    + "'.");
        }
    }

    private void refresh() {
        try {
            List<Integer> chosen = what.getValue() == What.FOLLOW_WHOLE ? List.of() : chosenIndices();
            if (what.getValue() != What.FOLLOW_WHOLE && chosen.isEmpty()) {
                throw new IllegalArgumentException("The video has no rallies yet: analyse it, or mark them with I and "
                        + "O, or choose the follow-cam of the whole video.");
            }
            preview.setText(previewText(chosen, what.getValue() == What.FOLLOW_WHOLE ? 0 : paddingSeconds()));
            problem.setText("");
            export.setDisable(work.isRunning() || target.getText().isBlank());
        } catch (IllegalArgumentException e) {
            preview.setText("");
            problem.setText(e.getMessage());
            export.setDisable(true);
        }
    }

    /** "3 rallies, 41.2 s of the video's 2:10: 88.8 s of dead time left out". */
    private String previewText(List<Integer> chosen, double pad) {
        var facts = sources.video().facts();
        double fps = facts.fpsValue();
        double whole = facts.frameCount() / fps;
        if (what.getValue() == What.FOLLOW_WHOLE) {
            return String.format(Locale.ROOT, "The whole video, %.1f s, framed by the follow-cam at %s%s.", whole,
                    size.getValue().wireName(), overlay.isSelected() ? ", with the overlay burnt in" : "");
        }
        int padFrames = (int) Math.round(pad * fps);
        int last = facts.frameCount() - 1;
        long kept = 0;
        int coveredTo = -1;
        for (int i : chosen) {
            Rally r = sources.rallies().get(i);
            int from = Math.max(Math.max(0, r.startFrame() - padFrames), coveredTo + 1);
            int to = Math.min(last, r.endFrame() + padFrames);
            if (to >= from) {
                kept += to - from + 1;
                coveredTo = to;
            }
        }
        double seconds = kept / fps;
        String files = switch (what.getValue()) {
            case PER_RALLY -> chosen.size() + " files";
            default -> "one file";
        };
        return String.format(Locale.ROOT, "%d %s, %.1f s of the video's %.1f s (%.1f s of dead time left out), "
                + "in %s%s.", chosen.size(), chosen.size() == 1 ? "rally" : "rallies", seconds, whole,
                whole - seconds, files, overlay.isSelected() ? ", re-encoded with the overlay burnt in" : "");
    }

    private void start() {
        CutOptions options;
        List<Rally> spans;
        try {
            List<Integer> chosen = what.getValue() == What.FOLLOW_WHOLE ? List.of() : chosenIndices();
            options = CutOptions.defaults().withMode(overlay.isSelected()
                            || mode.getSelectionModel().getSelectedIndex() == 1 ? CutMode.REENCODE : CutMode.COPY)
                    .withLayout(what.getValue() == What.PER_RALLY ? CutLayout.PER_RALLY : CutLayout.REEL)
                    .withPadding(what.getValue().followCam() ? 0 : paddingSeconds())
                    .withQuality(Quality.parse(quality.getValue())).withSelected(chosen);
            spans = chosen.stream().map(sources.rallies()::get).toList();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        What w = what.getValue();
        OutputSize outSize = size.getValue();
        BurnIn burnIn = overlay.isSelected() ? burnIn() : null;
        Path out = Path.of(target.getText().trim());
        export.setDisable(true);
        problem.setText("");
        work.start("Exporting the video", p -> {
            var video = sources.video();
            if (!w.followCam()) {
                return RallyCutter.cut(video, sources.rallies(), out, options.withOverlay(burnIn), p);
            }
            Aspect aspect = outSize.height() > outSize.width() ? Aspect.PORTRAIT : Aspect.WIDE;
            CameraPath path = CameraPlanner.plan(sources.ball(), List.of(), sources.camera().withAspect(aspect),
                    sources.pins(), video.facts().fpsValue(), video.facts().width(), video.facts().height());
            return FollowCamRenderer.render(video, path, w == What.FOLLOW_WHOLE
                    ? FollowCamRenderer.wholeVideo(video) : spans, outSize, options.quality(), burnIn, out, p);
        }, this::finished, this::refresh);
    }

    /** The labels as the video shows them, to burn in. */
    private BurnIn burnIn() {
        var facts = sources.video().facts();
        return new BurnIn(new LabelSet("labels", facts.width(), facts.height(), facts.fps(), sources.ball(),
                sources.events(), sources.rallies()), null, sources.shotScores());
    }

    private void finished(CutReport report) {
        String snap = report.mode() == CutMode.COPY && report.maxSnapSeconds() > 0
                ? String.format(Locale.ROOT, "; cuts moved to key frames by up to %.2f s", report.maxSnapSeconds())
                : "";
        status.setText(String.format(Locale.ROOT, "Wrote %s: %.1f s of video in %.1f s%s.",
                report.files().size() == 1 ? report.files().get(0).toString() : report.files().size() + " files",
                report.durationSeconds(), report.elapsedSeconds(), snap));
    }


    private void cancelOrClose() {
        if (work.isRunning()) {
            work.cancel();
        } else {
            stage.close();
        }
    }
}
