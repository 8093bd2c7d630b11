#!/usr/bin/env python3
"""Writes the tiny game-state ONNX models (and manifests) that the game-state contract tests load.

`tiny-game-state` follows the design's game-state contract ([N, 16, 3, H, W] -> logits [N, 3] for NO_PLAY, PLAY,
SERVICE) at 32 x 32: it averages each colour over the window and maps the three means to logits with a fixed matrix,
so a bright window scores PLAY and a dark one NO_PLAY. The wrong variants are for the refusal tests.

    python3 tools/models/make_game_state_test_models.py inference/src/test/resources/models
"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_test_models import save  # noqa: E402

SIZE = 32
LABELS = ["NO_PLAY", "PLAY", "SERVICE"]


def graph(frames=16, classes=3):
    # A normalised colour mean m (per channel) gives logits (-4 s, 4 s, -1) where s is the sum of the three means.
    w = np.zeros((3, classes), dtype=np.float32)
    w[:, 0] = -4.0
    w[:, 1] = 4.0
    b = np.zeros(classes, dtype=np.float32)
    if classes > 2:
        b[2] = -1.0
    nodes = [
        helper.make_node("ReduceMean", ["video"], ["means"], axes=[1, 3, 4], keepdims=0),
        helper.make_node("MatMul", ["means", "w"], ["scaled"]),
        helper.make_node("Add", ["scaled", "b"], ["logits"]),
    ]
    return helper.make_graph(
        nodes, "tiny-game-state",
        [helper.make_tensor_value_info("video", TensorProto.FLOAT, ["N", frames, 3, SIZE, SIZE])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", classes])],
        [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")])


def manifest(name, frames=16, classes=3, labels=None):
    return {
        "name": name,
        "task": "game-state",
        "version": "test",
        "description": "Tiny test model with the game-state contract; not trained.",
        "frames": frames,
        "inputWidth": SIZE,
        "inputHeight": SIZE,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
        "inputs": [{"name": "video", "type": "float32", "shape": [-1, frames, 3, SIZE, SIZE]}],
        "outputs": [{"name": "logits", "type": "float32", "shape": [-1, classes]}],
        "labels": labels or LABELS,
        "training": {"data": "none (fixed weights)", "script": "tools/models/make_game_state_test_models.py",
                     "metrics": {}},
    }


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "inference/src/test/resources/models"
    save(folder, "tiny-game-state", graph(), manifest("tiny-game-state"))
    save(folder, "game-state-wrong-frames", graph(frames=8), manifest("game-state-wrong-frames", frames=8))
    save(folder, "game-state-wrong-output", graph(classes=2), manifest("game-state-wrong-output", classes=2,
                                                                       labels=LABELS))
    save(folder, "game-state-unknown-label", graph(), manifest("game-state-unknown-label",
                                                               labels=["NO_PLAY", "PLAY", "TIMEOUT"]))


if __name__ == "__main__":
    main()
