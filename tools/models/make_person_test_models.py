#!/usr/bin/env python3
"""Writes the tiny person-boxes ONNX models (and their manifests) that the people tests load.

Each model ignores its image (a zero-weight layer keeps the batch dimension) and always gives the same boxes, so a
test knows exactly where the person is: query/anchor 0 is a person at cx 0.25, cy 0.5, w 0.1, h 0.4 of the image,
a second, weaker copy of it overlaps it (non-maximum suppression must drop it), and a third box is a ball.
Wrong variants follow for the refusal tests. Needs only python3-onnx and python3-numpy; the build never runs it.

    python3 tools/models/make_person_test_models.py inference/src/test/resources/models
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
SIZE = 64
LABELS = ["ball", "person"]
# cx, cy, w, h (normalised), ball logit, person logit
DETECTIONS = [
    (0.25, 0.50, 0.10, 0.40, -6.0, 4.0),
    (0.26, 0.51, 0.10, 0.40, -6.0, 2.0),
    (0.70, 0.30, 0.05, 0.05, 5.0, -6.0),
]


def save(folder, name, graph, manifest):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="courtside-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(folder, name + ".onnx"))
    with open(os.path.join(folder, name + ".model.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


def constant_head(prefix, values, dims):
    """Nodes and initialisers giving [N] + dims filled with values, N taken from the pooled image."""
    flat = np.asarray(values, dtype=np.float32).reshape(-1)
    nodes = [
        helper.make_node("MatMul", ["flat", prefix + "_w"], [prefix + "_zero"]),
        helper.make_node("Add", [prefix + "_zero", prefix + "_b"], [prefix + "_flat"]),
        helper.make_node("Reshape", [prefix + "_flat", prefix + "_shape"], [prefix]),
    ]
    inits = [numpy_helper.from_array(np.zeros((3, flat.size), np.float32), prefix + "_w"),
             numpy_helper.from_array(flat, prefix + "_b"),
             numpy_helper.from_array(np.array([-1] + dims, dtype=np.int64), prefix + "_shape")]
    return nodes, inits


def detr_graph(input_name="image", box_dims=4):
    queries = len(DETECTIONS)
    boxes = [d[:4] + (0.0,) * (box_dims - 4) for d in DETECTIONS]
    logits = [d[4:] for d in DETECTIONS]
    pool = [helper.make_node("GlobalAveragePool", [input_name], ["pooled"]),
            helper.make_node("Flatten", ["pooled"], ["flat"], axis=1)]
    bn, bi = constant_head("boxes", boxes, [queries, box_dims])
    ln, li = constant_head("logits", logits, [queries, len(LABELS)])
    return helper.make_graph(
        pool + bn + ln, "tiny-person-detr",
        [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, ["N", 3, SIZE, SIZE])],
        [helper.make_tensor_value_info("boxes", TensorProto.FLOAT, ["N", queries, box_dims]),
         helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", queries, len(LABELS)])],
        bi + li)


def yolo_graph():
    """[N, 4 + C, A], box in input pixels, scores already sigmoid."""
    anchors = len(DETECTIONS)
    sig = lambda v: 1 / (1 + np.exp(-v))
    rows = [[d[0] * SIZE, d[1] * SIZE, d[2] * SIZE, d[3] * SIZE, sig(d[4]), sig(d[5])] for d in DETECTIONS]
    channels_first = np.asarray(rows, np.float32).T
    pool = [helper.make_node("GlobalAveragePool", ["images"], ["pooled"]),
            helper.make_node("Flatten", ["pooled"], ["flat"], axis=1)]
    n, i = constant_head("output0", channels_first, [4 + len(LABELS), anchors])
    return helper.make_graph(
        pool + n, "tiny-person-yolo",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, ["N", 3, SIZE, SIZE])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["N", 4 + len(LABELS), anchors])], i)


def manifest(name, layout, inputs, outputs, task="person-boxes", labels=LABELS):
    return {
        "name": name, "task": task, "version": "test", "layout": layout,
        "description": "Tiny test model with the " + layout + " box layout giving fixed boxes; not trained.",
        "inputWidth": SIZE, "inputHeight": SIZE, "colorOrder": "RGB", "normalization": {"scale": 255.0},
        "threshold": 0.5, "inputs": inputs, "outputs": outputs, "labels": list(labels),
        "training": {"data": "none (fixed outputs)", "script": "tools/models/make_person_test_models.py",
                     "metrics": {}},
    }


def detr_tensors(box_dims=4):
    q = len(DETECTIONS)
    return ([{"name": "image", "type": "float32", "shape": [-1, 3, SIZE, SIZE]}],
            [{"name": "boxes", "type": "float32", "shape": [-1, q, box_dims]},
             {"name": "logits", "type": "float32", "shape": [-1, q, len(LABELS)]}])


def main(folder):
    os.makedirs(folder, exist_ok=True)
    save(folder, "person-detr", detr_graph(), manifest("person-detr", "detr", *detr_tensors()))
    save(folder, "person-yolo", yolo_graph(), manifest(
        "person-yolo", "yolo", [{"name": "images", "type": "float32", "shape": [-1, 3, SIZE, SIZE]}],
        [{"name": "output0", "type": "float32", "shape": [-1, 4 + len(LABELS), len(DETECTIONS)]}]))
    # Refusals: a ball model, a person model without a person class, boxes of five values.
    save(folder, "person-wrong-task", detr_graph(), manifest("person-wrong-task", "detr", *detr_tensors(),
                                                              task="ball-boxes"))
    save(folder, "person-no-label", detr_graph(), manifest("person-no-label", "detr", *detr_tensors(),
                                                            labels=["ball", "racket"]))
    save(folder, "person-wrong-boxes", detr_graph(box_dims=5), manifest("person-wrong-boxes", "detr",
                                                                        *detr_tensors(box_dims=5)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "inference/src/test/resources/models")
