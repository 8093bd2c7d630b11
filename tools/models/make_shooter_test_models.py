#!/usr/bin/env python3
"""Writes the tiny shooter ONNX models (and manifests) that the shooter contract tests load.

`tiny-shooter` follows the design's shooter contract (video [N, 16, 3, 224, 224] + tracks [N, 16, 14, 14, 18] ->
logits [N, 5] for O1-O5) with no weights: the logit of player p is 50 times the mean over frames and patches of
presence_p * (1 - distance to the shot origin), plus 0.01 times the mean of the video, so the player who stands on
the origin scores highest and the video input is used. The wrong variants are for the refusal tests.

    python3 tools/models/make_shooter_test_models.py inference/src/test/resources/models
"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_test_models import save  # noqa: E402

FRAMES = 16
SIZE = 224
GRID = 14


def graph(video_name="video", channels=18, players=5):
    consts = [
        numpy_helper.from_array(np.array([0], dtype=np.int64), "start_presence"),
        numpy_helper.from_array(np.array([players], dtype=np.int64), "end_presence"),
        # Channel 16 is the distance; a variant with fewer channels reads its last one, to stay loadable.
        numpy_helper.from_array(np.array([min(16, channels - 1)], dtype=np.int64), "start_distance"),
        numpy_helper.from_array(np.array([min(17, channels)], dtype=np.int64), "end_distance"),
        numpy_helper.from_array(np.array([4], dtype=np.int64), "axis_channel"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
        numpy_helper.from_array(np.array(50.0, dtype=np.float32), "gain"),
        numpy_helper.from_array(np.array(0.01, dtype=np.float32), "video_gain"),
    ]
    nodes = [
        helper.make_node("Slice", ["tracks", "start_presence", "end_presence", "axis_channel"], ["presence"]),
        helper.make_node("Slice", ["tracks", "start_distance", "end_distance", "axis_channel"], ["distance"]),
        helper.make_node("Sub", ["one", "distance"], ["nearness"]),
        helper.make_node("Mul", ["presence", "nearness"], ["near_presence"]),
        helper.make_node("ReduceMean", ["near_presence"], ["closeness"], axes=[1, 2, 3], keepdims=0),
        helper.make_node("Mul", ["closeness", "gain"], ["track_logits"]),
        helper.make_node("ReduceMean", [video_name], ["frame_means"], axes=[2, 3, 4], keepdims=0),
        helper.make_node("ReduceMean", ["frame_means"], ["video_mean"], axes=[1], keepdims=1),
        helper.make_node("Mul", ["video_mean", "video_gain"], ["video_term"]),
        helper.make_node("Add", ["track_logits", "video_term"], ["logits"]),
    ]
    return helper.make_graph(
        nodes, "tiny-shooter",
        [helper.make_tensor_value_info(video_name, TensorProto.FLOAT, ["N", FRAMES, 3, SIZE, SIZE]),
         helper.make_tensor_value_info("tracks", TensorProto.FLOAT, ["N", FRAMES, GRID, GRID, channels])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", players])],
        consts)


def manifest(name, video_name="video", channels=18, players=5):
    return {
        "name": name,
        "task": "shooter",
        "version": "test",
        "description": "Tiny test model with the shooter contract; not trained.",
        "frames": FRAMES,
        "inputWidth": SIZE,
        "inputHeight": SIZE,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
        "inputs": [{"name": video_name, "type": "float32", "shape": [-1, FRAMES, 3, SIZE, SIZE]},
                   {"name": "tracks", "type": "float32", "shape": [-1, FRAMES, GRID, GRID, channels]}],
        "outputs": [{"name": "logits", "type": "float32", "shape": [-1, players]}],
        "labels": ["O1", "O2", "O3", "O4", "O5"][:players],
        "training": {"data": "none (fixed weights)", "script": "tools/models/make_shooter_test_models.py",
                     "metrics": {}},
    }


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "inference/src/test/resources/models"
    save(folder, "tiny-shooter", graph(), manifest("tiny-shooter"))
    save(folder, "shooter-wrong-input-name", graph(video_name="frames"),
         manifest("shooter-wrong-input-name", video_name="frames"))
    save(folder, "shooter-wrong-tracks", graph(channels=13), manifest("shooter-wrong-tracks", channels=13))
    save(folder, "shooter-wrong-output", graph(players=4), manifest("shooter-wrong-output", players=4))


if __name__ == "__main__":
    main()
