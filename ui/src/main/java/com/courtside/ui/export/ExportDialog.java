package com.courtside.ui.export;

import com.courtside.export.dataset.DatasetExportException;
import com.courtside.export.dataset.DatasetExporter;
import com.courtside.export.dataset.DatasetOptions;
import com.courtside.export.dataset.DatasetReport;
import com.courtside.export.dataset.DatasetVideo;
import com.courtside.export.dataset.LabelChoice;
import com.courtside.export.dataset.LabelledVideos;
import com.courtside.timeline.EventKind;
import com.courtside.ui.Styles;
import com.courtside.ui.task.FxTaskRunner;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * File ▸ Export Dataset…: the open video's labels (and other videos' added to the list) as a training dataset. The
 * preview says, before anything is written, which split each video goes to and how many labels it brings; Export
 * writes in the background with its progress here, and Cancel stops it leaving nothing behind.
 */
public final class ExportDialog {

    private final Stage stage = new Stage();
    private final DatasetForm form = new DatasetForm();
    private final ListView<Path> videos = new ListView<>();
    private final TextField folder = new TextField();
    private final TextArea preview = new TextArea();
    private final Label problem = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    private final ExportProgress work;
    private final FxTaskRunner tasks;
    private final ExportSources sources;
    private long previewGeneration;

    public ExportDialog(Window owner, FxTaskRunner tasks, ExportSources sources) {
        this.tasks = tasks;
        this.sources = sources;
        stage.initOwner(owner);
        stage.setTitle("Export Dataset");
        videos.getItems().add(sources.openVideo().facts().path());
        videos.setPrefHeight(90);
        videos.setId("export-videos");
        Button add = new Button("Add Videos…");
        add.setOnAction(e -> addVideos());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> removeVideo());
        remove.disableProperty().bind(videos.getSelectionModel().selectedIndexProperty().lessThan(1));
        folder.setId("export-folder");
        folder.setPromptText("a new or empty folder");
        folder.setText(defaultFolder().toString());
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(6);
        preview.setId("export-preview");
        work = new ExportProgress(tasks, progress, status);
        work.dress("export", problem, export, this::start, cancel, this::cancelOrClose);
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(10, form.root(), new Label("Videos (split by video, never by frame)"), videos,
                new HBox(8, add, remove), new Label("Into"), new HBox(8, folder, choose),
                new Label("What will be written"), preview, problem, progress, status, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        form.onChange(obs -> refresh());
        folder.textProperty().addListener(obs -> refresh());
        videos.getItems().addListener((javafx.collections.ListChangeListener<Path>) c -> refresh());
        stage.setOnCloseRequest(e -> work.cancel());
        refresh();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Path defaultFolder() {
        Path video = sources.openVideo().facts().path().toAbsolutePath();
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-dataset");
    }

    private void addVideos() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add videos to the dataset");
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.stream().map(File::toPath).filter(p -> !videos.getItems().contains(p)).forEach(videos.getItems()::add);
        }
    }

    private void removeVideo() {
        int i = videos.getSelectionModel().getSelectedIndex();
        if (i > 0) {
            videos.getItems().remove(i);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the dataset");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            folder.setText(dir.toPath().resolve(defaultFolder().getFileName()).toString());
        }
    }

    /** Checks the choices and reads the preview again in the background. */
    private void refresh() {
        DatasetOptions options;
        try {
            options = form.options();
            checkFolder();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            export.setDisable(true);
            return;
        }
        problem.setText("");
        export.setDisable(work.isRunning());
        long mine = ++previewGeneration;
        List<Path> chosen = List.copyOf(videos.getItems());
        LabelChoice choice = form.labelChoice();
        tasks.submitSilently("Previewing the export", p -> previewText(chosen, options, choice, false), text -> {
            if (mine == previewGeneration) {
                preview.setText(text);
            }
        }, failure -> {
            if (mine == previewGeneration) {
                preview.setText("");
                problem.setText(failure.getMessage());
                export.setDisable(true);
            }
        });
    }

    private void checkFolder() {
        String text = folder.getText().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose the folder to write the dataset into.");
        }
        Path target = Path.of(text);
        try (var inside = Files.isDirectory(target) ? Files.list(target) : java.util.stream.Stream.<Path>empty()) {
            if (inside.findAny().isPresent()) {
                throw new IllegalArgumentException(target + " already holds files; choose a new or empty folder, so "
                        + "nothing in it is overwritten.");
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot look into " + target + ": " + e.getMessage());
        }
    }

    /** Each video's split and labels, one line each. Runs in the background. */
    private String previewText(List<Path> chosen, DatasetOptions options, LabelChoice choice, boolean decode)
            throws DatasetExportException {
        List<DatasetVideo> inputs = inputs(chosen, options, choice, decode);
        Map<String, String> plan = DatasetExporter.plan(inputs, options);
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, String> e : plan.entrySet()) {
            var layer = inputs.get(i++).labels().layer();
            long bounces = layer.events().stream().filter(ev -> ev.kind() == EventKind.BOUNCE).count();
            long nets = layer.events().stream().filter(ev -> ev.kind() == EventKind.NET).count();
            b.append(String.format(Locale.ROOT, "%s → %s: %d frames with a ball label, %d bounces, %d nets, "
                    + "%d rallies%n", e.getKey(), e.getValue(), layer.labelledFrames(), bounces, nets,
                    layer.rallies().size()));
        }
        b.append(String.format(Locale.ROOT, "%s labels as %s, with manifest.json", choice.wireName(),
                options.format().wireName()));
        return b.toString();
    }

    private List<DatasetVideo> inputs(List<Path> chosen, DatasetOptions options, LabelChoice choice, boolean decode)
            throws DatasetExportException {
        LabelledVideos others = new LabelledVideos(sources.cache(), 0);
        List<DatasetVideo> out = new ArrayList<>();
        for (Path path : chosen) {
            if (path.equals(sources.openVideo().facts().path())) {
                out.add(LabelledVideos.read(sources.openVideo(), sources.project(), sources.videoId(), choice));
            } else {
                out.add(others.read(others.open(path, decode && options.format().writesFrames(options)), null,
                        choice));
            }
        }
        return out;
    }

    private void start() {
        DatasetOptions options;
        try {
            options = form.options();
            checkFolder();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        Path target = Path.of(folder.getText().trim());
        List<Path> chosen = List.copyOf(videos.getItems());
        LabelChoice choice = form.labelChoice();
        export.setDisable(true);
        cancel.setText("Cancel Export");
        problem.setText("");
        work.start("Exporting the dataset", p -> new DatasetExporter().export(inputs(chosen, options, choice, true),
                target, options, p), this::finished, this::ended);
    }

    private void finished(DatasetReport report) {
        status.setText(String.format(Locale.ROOT, "Wrote %d files into %s in %.1f s.", report.files(),
                report.folder(), report.seconds()));
    }

    private void ended() {
        cancel.setText("Close");
        refresh();
    }

    private void cancelOrClose() {
        if (work.isRunning()) {
            work.cancel();
        } else {
            stage.close();
        }
    }
}
