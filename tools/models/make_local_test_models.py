#!/usr/bin/env python3
"""Writes the tiny ONNX models (and manifests) of the local-stage contract tests, beside make_test_models.py's.

A global model with "localStage" in its manifest, the local model it names, and local models that must be refused.
Their heatmaps do not depend on the pixels (zero weights, fixed biases), so a test knows where each stage puts the
ball: the global peak at model pixel (100, 40), the local peak at crop pixel (161, 65), one pixel right of and below
the crop's centre. Needs only python3-onnx and python3-numpy; the build and tests never run this script.

    python3 tools/models/make_local_test_models.py inference/src/test/resources/models
"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_test_models import heatmap_manifest, save  # noqa: E402

FRAMES = 5  # as the shipped ball-heatmap-tt


def fixed_peak_graph(px, py, frames=FRAMES, height=128, width=320, out_len=None, events=True):
    """[N, 3F, H, W] -> [N, W+H] sigmoid profiles peaking at (px, py) whatever the input, plus [N, 2] events."""
    channels = 3 * frames
    out_len = out_len or (width + height)
    bias = np.full(out_len, -6.0, dtype=np.float32)
    bias[min(px, out_len - 1)] = 3.0
    if width + py < out_len:
        bias[width + py] = 3.0
    nodes = [
        helper.make_node("GlobalAveragePool", ["frames"], ["pooled"]),
        helper.make_node("Flatten", ["pooled"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "w_heat"], ["heat_mixed"]),
        helper.make_node("Add", ["heat_mixed", "b_heat"], ["heat_logits"]),
        helper.make_node("Sigmoid", ["heat_logits"], ["heatmap"]),
    ]
    outputs = [helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, ["N", out_len])]
    init = [numpy_helper.from_array(np.zeros((channels, out_len), dtype=np.float32), "w_heat"),
            numpy_helper.from_array(bias, "b_heat")]
    if events:
        nodes += [helper.make_node("MatMul", ["flat", "w_event"], ["event_logits"]),
                  helper.make_node("Sigmoid", ["event_logits"], ["events"])]
        outputs.append(helper.make_tensor_value_info("events", TensorProto.FLOAT, ["N", 2]))
        init.append(numpy_helper.from_array(np.zeros((channels, 2), dtype=np.float32), "w_event"))
    return helper.make_graph(
        nodes, "tiny-ball-heatmap-fixed",
        [helper.make_tensor_value_info("frames", TensorProto.FLOAT, ["N", channels, height, width])],
        outputs, init)


def local_manifest(name, frames=FRAMES, description="Tiny local stage: its peak is crop pixel (161, 65)."):
    manifest = heatmap_manifest(name, frames=frames)
    manifest["description"] = description + " Not trained."
    manifest["targetFrame"] = frames // 2
    manifest["outputs"] = manifest["outputs"][:1]
    manifest.pop("labels")
    manifest["training"]["script"] = "tools/models/make_local_test_models.py"
    manifest["training"]["data"] = "none (fixed biases)"
    return manifest


def main(folder):
    os.makedirs(folder, exist_ok=True)
    global_manifest = heatmap_manifest("tiny-global-local", frames=FRAMES)
    global_manifest["description"] = "Tiny global stage with a local stage; its peak is model pixel (100, 40). Not trained."
    global_manifest["targetFrame"] = FRAMES // 2
    global_manifest["training"]["script"] = "tools/models/make_local_test_models.py"
    global_manifest["training"]["data"] = "none (fixed biases)"
    global_manifest["localStage"] = "tiny-local.onnx"
    save(folder, "tiny-global-local", fixed_peak_graph(100, 40), global_manifest)
    save(folder, "tiny-local", fixed_peak_graph(161, 65, events=False), local_manifest("tiny-local"))
    # A sound model of its own, but it takes 3 frames where the global stage takes 5.
    save(folder, "tiny-local-wrong-frames", fixed_peak_graph(161, 65, frames=3, events=False),
         local_manifest("tiny-local-wrong-frames", frames=3, description="Tiny local stage of 3 frames."))
    # The manifest states the contract's [N, 448] heatmap, the model gives [N, 400].
    save(folder, "tiny-local-wrong-output", fixed_peak_graph(161, 65, out_len=400, events=False),
         local_manifest("tiny-local-wrong-output", description="Tiny local stage whose heatmap is too short."))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "inference/src/test/resources/models")
