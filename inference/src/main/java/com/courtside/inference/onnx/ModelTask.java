package com.courtside.inference.onnx;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The model contracts of the design, by the name a manifest gives them. */
public enum ModelTask {
    BALL_HEATMAP("ball-heatmap"),
    BALL_BOXES("ball-boxes"),
    GAME_STATE("game-state"),
    SHOOTER("shooter"),
    PERSON_BOXES("person-boxes"),
    BALL_EVENTS("ball-events");

    private final String wireName;

    ModelTask(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ModelTask> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(ModelTask::wireName).collect(Collectors.joining(", "));
    }
}
