#!/usr/bin/env python3
"""Writes the tiny ONNX models (and manifests) of the track-event contract tests, beside make_test_models.py's.

A global ball-heatmap model whose manifest names a track-event model ("trackEvents"), that model, and track-event
models that must be refused. The track-event model copies two of its input channels to its output (ay as "bounce",
bounce_score as "net"), so a test sees exactly what Courtside fed it. Needs only python3-onnx and python3-numpy;
the build and tests never run this script.

    python3 tools/models/make_track_event_test_models.py inference/src/test/resources/models
"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_local_test_models import FRAMES, fixed_peak_graph  # noqa: E402
from make_test_models import heatmap_manifest, save  # noqa: E402

FEATURES = ["detected", "predicted", "x", "y", "vx", "vy", "v_ok", "ax", "ay", "a_ok", "bounce_score", "net_score"]


def copy_graph(channels):
    """[1, 12, N] -> [1, len(channels), N]: the named input channels, unchanged."""
    nodes = [helper.make_node("Gather", ["track", "which"], ["events"], axis=1)]
    return helper.make_graph(
        nodes, "tiny-track-events",
        [helper.make_tensor_value_info("track", TensorProto.FLOAT, [1, len(FEATURES), "steps"])],
        [helper.make_tensor_value_info("events", TensorProto.FLOAT, [1, len(channels), "steps"])],
        [numpy_helper.from_array(np.array([FEATURES.index(c) for c in channels], dtype=np.int64), "which")])


def events_manifest(name, description):
    return {
        "name": name, "task": "ball-events", "version": "test",
        "description": description + " Not trained.",
        "fps": 30.0, "features": list(FEATURES), "threshold": 0.5,
        "inputs": [{"name": "track", "type": "float32", "shape": [1, len(FEATURES), -1]}],
        "outputs": [{"name": "events", "type": "float32", "shape": [1, 2, -1]}],
        "labels": ["bounce", "net"],
        "training": {"data": "none (copies its input)", "script": "tools/models/make_track_event_test_models.py"},
    }


def main(folder):
    os.makedirs(folder, exist_ok=True)
    glob = heatmap_manifest("tiny-global-events", frames=FRAMES)
    glob["description"] = "Tiny global stage with a track-event model; its peak is model pixel (100, 40). Not trained."
    glob["targetFrame"] = FRAMES // 2
    glob["training"]["script"] = "tools/models/make_track_event_test_models.py"
    glob["training"]["data"] = "none (fixed biases)"
    glob["trackEvents"] = "tiny-track-events.onnx"
    save(folder, "tiny-global-events", fixed_peak_graph(100, 40), glob)
    save(folder, "tiny-track-events", copy_graph(["ay", "bounce_score"]),
         events_manifest("tiny-track-events", "Tiny track-event model: gives ay as bounce and bounce_score as net."))
    wrong = events_manifest("tiny-track-events-wrong-features", "Tiny track-event model with its features swapped.")
    wrong["features"][0], wrong["features"][1] = wrong["features"][1], wrong["features"][0]
    save(folder, "tiny-track-events-wrong-features", copy_graph(["ay", "bounce_score"]), wrong)
    no_fps = events_manifest("tiny-track-events-no-fps", "Tiny track-event model whose manifest gives no fps.")
    no_fps.pop("fps")
    save(folder, "tiny-track-events-no-fps", copy_graph(["ay", "bounce_score"]), no_fps)
    # The manifest states two output rows, the model gives three.
    save(folder, "tiny-track-events-wrong-output", copy_graph(["ay", "bounce_score", "x"]),
         events_manifest("tiny-track-events-wrong-output", "Tiny track-event model with three output rows."))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "inference/src/test/resources/models")
