#!/usr/bin/env python3
"""Writes the tiny ONNX models (and their manifests) that the contract tests load.

They follow the model contracts of DESIGN.md in their tensor names, shapes and types, compute something cheap
(pooling and a fixed linear layer), and come in deliberately wrong variants for the refusal tests.
Needs only python3-onnx and python3-numpy (Debian packages); the build and tests never run this script.

    python3 tools/models/make_test_models.py inference/src/test/resources/models
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13


def save(folder, name, graph, manifest):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="courtside-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(folder, name + ".onnx"))
    if manifest is not None:
        with open(os.path.join(folder, name + ".model.json"), "w") as f:
            json.dump(manifest, f, indent=2)
            f.write("\n")


def weights(name, shape, seed):
    rng = np.random.default_rng(seed)
    return numpy_helper.from_array((rng.standard_normal(shape) * 0.1).astype(np.float32), name)


def heatmap_graph(frames=9, height=128, width=320, out_len=None):
    """[N, 3F, H, W] -> pooled per channel -> linear -> sigmoid -> [N, W+H], plus [N, 2] event scores."""
    channels = 3 * frames
    out_len = out_len or (width + height)
    nodes = [
        helper.make_node("GlobalAveragePool", ["frames"], ["pooled"]),
        helper.make_node("Flatten", ["pooled"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "w_heat"], ["heat_logits"]),
        helper.make_node("Sigmoid", ["heat_logits"], ["heatmap"]),
        helper.make_node("MatMul", ["flat", "w_event"], ["event_logits"]),
        helper.make_node("Sigmoid", ["event_logits"], ["events"]),
    ]
    return helper.make_graph(
        nodes, "tiny-ball-heatmap",
        [helper.make_tensor_value_info("frames", TensorProto.FLOAT, ["N", channels, height, width])],
        [helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, ["N", out_len]),
         helper.make_tensor_value_info("events", TensorProto.FLOAT, ["N", 2])],
        [weights("w_heat", (channels, out_len), 1), weights("w_event", (channels, 2), 2)])


def heatmap_manifest(name, frames=9, height=128, width=320, out_len=None):
    return {
        "name": name,
        "task": "ball-heatmap",
        "version": "test",
        "description": "Tiny test model with the TTNet global-stage contract; not trained.",
        "frames": frames,
        "inputWidth": width,
        "inputHeight": height,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0},
        "inputs": [{"name": "frames", "type": "float32", "shape": [-1, 3 * frames, height, width]}],
        "outputs": [
            {"name": "heatmap", "type": "float32", "shape": [-1, out_len or (width + height)],
             "meaning": "x heatmap (width values) then y heatmap (height values), sigmoid"},
            {"name": "events", "type": "float32", "shape": [-1, 2], "meaning": "bounce, net scores"}],
        "labels": ["bounce", "net"],
        "training": {"data": "none (random weights)", "script": "tools/models/make_test_models.py", "metrics": {}},
    }


def boxes_graph(size=64, queries=10, classes=2):
    """DETR layout: [N, 3, S, S] -> boxes [N, K, 4] in 0..1 and class logits [N, K, C]."""
    nodes = [
        helper.make_node("GlobalAveragePool", ["image"], ["pooled"]),
        helper.make_node("Flatten", ["pooled"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "w_box"], ["box_flat"]),
        helper.make_node("Sigmoid", ["box_flat"], ["box_sig"]),
        helper.make_node("Reshape", ["box_sig", "box_shape"], ["boxes"]),
        helper.make_node("MatMul", ["flat", "w_cls"], ["cls_flat"]),
        helper.make_node("Reshape", ["cls_flat", "cls_shape"], ["logits"]),
    ]
    return helper.make_graph(
        nodes, "tiny-ball-boxes",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 3, size, size])],
        [helper.make_tensor_value_info("boxes", TensorProto.FLOAT, ["N", queries, 4]),
         helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", queries, classes])],
        [weights("w_box", (3, queries * 4), 3), weights("w_cls", (3, queries * classes), 4),
         numpy_helper.from_array(np.array([-1, queries, 4], dtype=np.int64), "box_shape"),
         numpy_helper.from_array(np.array([-1, queries, classes], dtype=np.int64), "cls_shape")])


def yolo_graph(size=64, anchors=84, classes=2, transposed=False):
    """YOLO layout: [N, 3, S, S] -> [N, 4 + C, A], or the transposed [N, A, 4 + C] some exports give."""
    out_dims = [anchors, 4 + classes] if transposed else [4 + classes, anchors]
    nodes = [
        helper.make_node("GlobalAveragePool", ["images"], ["pooled"]),
        helper.make_node("Flatten", ["pooled"], ["flat"], axis=1),
        helper.make_node("MatMul", ["flat", "w"], ["pred_flat"]),
        helper.make_node("Reshape", ["pred_flat", "shape"], ["output0"]),
    ]
    return helper.make_graph(
        nodes, "tiny-yolo",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, ["N", 3, size, size])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["N"] + out_dims)],
        [weights("w", (3, (4 + classes) * anchors), 5),
         numpy_helper.from_array(np.array([-1] + out_dims, dtype=np.int64), "shape")])


def boxes_manifest(name, layout, inputs, outputs, size=64, classes=("ball", "person")):
    return {
        "name": name, "task": "ball-boxes", "version": "test", "layout": layout,
        "description": "Tiny test model with the " + layout + " box layout; not trained.",
        "inputWidth": size, "inputHeight": size, "colorOrder": "RGB", "normalization": {"scale": 255.0},
        "inputs": inputs, "outputs": outputs, "labels": list(classes),
        "training": {"data": "none (random weights)", "script": "tools/models/make_test_models.py", "metrics": {}},
    }


def main(folder):
    os.makedirs(folder, exist_ok=True)
    save(folder, "tiny-heatmap", heatmap_graph(), heatmap_manifest("tiny-heatmap"))
    # Right contract in the manifest, wrong output length in the model.
    save(folder, "wrong-heatmap-output", heatmap_graph(out_len=400), heatmap_manifest("wrong-heatmap-output"))
    # The manifest names an input the model does not have.
    wrong_name = heatmap_manifest("wrong-input-name")
    wrong_name["inputs"][0]["name"] = "images"
    save(folder, "wrong-input-name", heatmap_graph(), wrong_name)
    # A model without a manifest beside it.
    save(folder, "no-manifest", heatmap_graph(), None)
    # A manifest with a task Courtside does not know.
    unknown = heatmap_manifest("unknown-task")
    unknown["task"] = "ball-teleport"
    save(folder, "unknown-task", heatmap_graph(), unknown)
    save(folder, "tiny-detr", boxes_graph(), boxes_manifest(
        "tiny-detr", "detr",
        [{"name": "image", "type": "float32", "shape": [-1, 3, 64, 64]}],
        [{"name": "boxes", "type": "float32", "shape": [-1, 10, 4]},
         {"name": "logits", "type": "float32", "shape": [-1, 10, 2]}]))
    save(folder, "tiny-yolo", yolo_graph(), boxes_manifest(
        "tiny-yolo", "yolo",
        [{"name": "images", "type": "float32", "shape": [-1, 3, 64, 64]}],
        [{"name": "output0", "type": "float32", "shape": [-1, 6, 84]}]))
    # The transposed YOLO export, [N, A, 4 + C], which the analyzer reads too.
    save(folder, "tiny-yolo-transposed", yolo_graph(transposed=True), boxes_manifest(
        "tiny-yolo-transposed", "yolo",
        [{"name": "images", "type": "float32", "shape": [-1, 3, 64, 64]}],
        [{"name": "output0", "type": "float32", "shape": [-1, 84, 6]}]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "inference/src/test/resources/models")
