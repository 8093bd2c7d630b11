package com.courtside.ui.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.ui.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Analysis menu (Analyze Ball, Cancel, the Ball Model and Device choices), the View menu's switch for the
 * analysis layer, and the Analyze button of the transport bar: the controls of the {@link AnalysisWorkflow}.
 */
public final class AnalysisMenu {

    /** The devices offered; more GPUs can be named in the preferences or on the command line. */
    static final List<Device> DEVICES = List.of(Device.AUTO, Device.CPU, Device.parse("cuda:0"));
    private static final String MODEL_FILE = "Model file…";

    private final AnalysisWorkflow workflow;
    private final AnalysisViewModel model;
    private final Supplier<Window> owner;
    private final Menu menu;
    private final ToggleGroup models = new ToggleGroup();
    private final Map<AnalyzerChoice, RadioMenuItem> modelItems = new LinkedHashMap<>();
    private final RadioMenuItem modelFile = new RadioMenuItem(MODEL_FILE);
    private final ToggleGroup devices = new ToggleGroup();
    private final Map<Device, RadioMenuItem> deviceItems = new LinkedHashMap<>();

    public AnalysisMenu(AnalysisWorkflow workflow, Supplier<Window> owner) {
        this.workflow = workflow;
        this.model = workflow.model();
        this.owner = owner;
        MenuItem analyze = new MenuItem("Analyze Ball");
        analyze.setId("menu-analyze");
        analyze.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        analyze.setOnAction(e -> workflow.analyze());
        analyze.disableProperty().bind(model.runningProperty().or(model.videoOpenProperty().not()));
        MenuItem cancel = new MenuItem("Cancel Analysis");
        cancel.setId("menu-cancel-analysis");
        cancel.setOnAction(e -> workflow.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        menu = new Menu("Analysis", null, analyze, cancel, new SeparatorMenuItem(), modelMenu(), deviceMenu());
        menu.setId("menu-analysis");
    }

    public Menu menu() {
        return menu;
    }

    /** View ▸ Show Ball Analysis (Shift+V): draws the result over the video or hides it. */
    public CheckMenuItem showItem() {
        CheckMenuItem show = new CheckMenuItem("Show Ball Analysis");
        show.setId("menu-show-analysis");
        show.selectedProperty().bindBidirectional(model.layerVisibleProperty());
        show.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHIFT_DOWN));
        return show;
    }

    /** The transport bar's Analyze button. */
    public Button analyzeButton() {
        Region icon = new Region();
        icon.getStyleClass().addAll(Styles.ICON, Styles.ICON_ANALYZE);
        Button button = new Button("Analyze", icon);
        button.setId("analyze-button");
        button.getStyleClass().add(Styles.ANALYZE_BUTTON);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip("Find the ball in the whole video (Analysis ▸ Analyze Ball, Ctrl+R)"));
        button.setOnAction(e -> workflow.analyze());
        button.disableProperty().bind(model.runningProperty().or(model.videoOpenProperty().not()));
        return button;
    }

    private Menu modelMenu() {
        Menu ballModel = new Menu("Ball Model");
        ballModel.setId("menu-ball-model");
        for (String name : workflow.settings().bundledModels()) {
            ballModel.getItems().add(modelItem(AnalyzerChoice.bundled(name)));
        }
        ballModel.getItems().add(modelItem(AnalyzerChoice.CLASSICAL));
        modelFile.setToggleGroup(models);
        modelFile.setOnAction(e -> chooseModelFile());
        ballModel.getItems().add(modelFile);
        model.choiceProperty().addListener((obs, old, now) -> showChoice(now));
        showChoice(model.getChoice());
        return ballModel;
    }

    private RadioMenuItem modelItem(AnalyzerChoice choice) {
        RadioMenuItem item = new RadioMenuItem(choice.label());
        item.setMnemonicParsing(false);
        item.setToggleGroup(models);
        item.setOnAction(e -> workflow.choose(choice));
        modelItems.put(choice, item);
        return item;
    }

    private void showChoice(AnalyzerChoice choice) {
        boolean file = choice.kind() == AnalyzerChoice.Kind.FILE;
        modelFile.setMnemonicParsing(false);
        modelFile.setText(file ? "Model file: " + choice.label() + "…" : MODEL_FILE);
        Toggle selected = file ? modelFile : modelItems.get(choice);
        models.selectToggle(selected);
    }

    private void chooseModelFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a Ball Model");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ONNX models (with a .model.json beside them)", "*.onnx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        AnalyzerChoice current = model.getChoice();
        if (current.kind() == AnalyzerChoice.Kind.FILE) {
            File folder = Path.of(current.value()).toFile().getParentFile();
            if (folder != null && folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        }
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen == null) {
            showChoice(model.getChoice());
            return;
        }
        workflow.choose(AnalyzerChoice.file(chosen.toPath()));
        showChoice(model.getChoice());
    }

    private Menu deviceMenu() {
        Menu device = new Menu("Device");
        device.setId("menu-device");
        for (Device d : DEVICES) {
            RadioMenuItem item = new RadioMenuItem(deviceLabel(d));
            item.setToggleGroup(devices);
            item.setOnAction(e -> workflow.chooseDevice(d));
            deviceItems.put(d, item);
            device.getItems().add(item);
        }
        model.deviceProperty().addListener((obs, old, now) -> devices.selectToggle(deviceItems.get(now)));
        devices.selectToggle(deviceItems.get(model.getDevice()));
        return device;
    }

    /** "Auto (CUDA if it works, else CPU)", "CPU", "CUDA:0". */
    static String deviceLabel(Device device) {
        return switch (device.kind()) {
            case AUTO -> "Auto (CUDA when it works, else CPU)";
            case CPU -> "CPU";
            case CUDA -> "CUDA:" + device.index();
        };
    }
}
