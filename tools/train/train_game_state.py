#!/usr/bin/env python3
"""Trains the shipped game-state model (NO_PLAY / PLAY / SERVICE) on rendered matches and exports ONNX + manifest.

The contract is the design's `game-state` (RallyCut's VideoMAE layout): input [N, 16, 3, 224, 224], 16 frames at the
model's rate (30 fps or less: faster footage is subsampled), RGB scaled to 0..1 and normalised with ImageNet's mean
and standard deviation; output logits [N, 3] for NO_PLAY, PLAY, SERVICE. The model is a small 3-D convolutional
network on two 56 x 56 views of the window: the colours averaged over 4 x 4 pixel blocks, and the motion, the largest
change of each block's pixels from one frame to the next (a maximum, so the few pixels of a flying ball are not
averaged away). Both views are computed once per match for training and inside the exported graph for Courtside.

Labels come from the truth that `./courtside render-demo` writes beside each match (NAME.truth.json): a frame is
SERVICE from the rally's first frame until SERVICE_AFTER seconds after its serve, PLAY for the rest of the rally, and
NO_PLAY between rallies. A window takes the label of its middle frame.

    /usr/bin/python3 tools/train/train_game_state.py --train data/train-*.mp4 --heldout data/heldout-*.mp4 \\
        --out resources/models/game-state-tt --minutes 15

Needs python3-torch, python3-onnx, python3-numpy (Debian) and `ffmpeg`. Runs on a CPU; the build never runs it.
"""
import argparse
import datetime
import glob
import hashlib
import json
import os
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

WINDOW = 16
SIZE = 224
POOL = 4
SMALL = SIZE // POOL
LABELS = ["NO_PLAY", "PLAY", "SERVICE"]
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
SERVICE_AFTER = 0.3     # seconds after the serve event that still count as SERVICE
STRIDE_AT_30 = 48       # RallyCut's window stride at 30 fps, for the held-out figures


class GameStateNet(nn.Module):
    """[N, 16, 3, 224, 224] normalised frames -> [N, 3] logits."""

    def __init__(self, width=16):
        super().__init__()
        w = width
        self.register_buffer("std", torch.tensor(STD).view(1, 3, 1, 1, 1))

        def block(cin, cout, kernel, stride, padding):
            return nn.Sequential(nn.Conv3d(cin, cout, kernel, stride, padding, bias=False), nn.BatchNorm3d(cout),
                                 nn.ReLU(inplace=True))

        self.body = nn.Sequential(
            block(6, w, (3, 5, 5), (1, 2, 2), (1, 2, 2)),       # 16 x 28 x 28
            block(w, 2 * w, 3, (2, 2, 2), 1),                   # 8 x 14 x 14
            block(2 * w, 4 * w, 3, (2, 2, 2), 1),               # 4 x 7 x 7
            block(4 * w, 4 * w, 3, 1, 1),
            nn.AdaptiveAvgPool3d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(4 * w, len(LABELS)))

    def forward_small(self, colour, motion):
        """colour: [N, 3, 16, 56, 56] normalised; motion: [N, 3, 16, 56, 56], block maxima of |change| / 255."""
        return self.body(torch.cat([colour, motion / self.std], 1))

    def forward(self, x):
        x = x.permute(0, 2, 1, 3, 4)                         # [N, 3, 16, 224, 224]
        colour = F.avg_pool3d(x, (1, POOL, POOL))
        change = (x[:, :, 1:] - x[:, :, :-1]).abs()           # normalised: |change| / 255 / std
        motion = F.max_pool3d(change, (1, POOL, POOL))
        motion = torch.cat([motion, torch.zeros_like(motion[:, :, :1])], 2)
        return self.body(torch.cat([colour, motion], 1))


class Match:
    """One rendered match at 56 x 56: frames [T, 56, 56, 3] uint8 and the state of every frame."""

    def __init__(self, video, ffmpeg):
        self.video = video
        truth = json.load(open(os.path.splitext(video)[0] + ".truth.json"))
        num, den = (int(v) for v in str(truth["video"]["fps"]).split("/"))
        self.fps = num / den
        self.step = max(1, round(self.fps / 30))
        # Scaled to 224 the way Courtside's decoder scales (libswscale, bilinear), then reduced to 56 x 56 twice.
        raw = subprocess.run([ffmpeg, "-v", "error", "-i", video, "-vf", f"scale={SIZE}:{SIZE}:flags=bilinear",
                              "-pix_fmt", "rgb24", "-f", "rawvideo", "-"], capture_output=True, check=True).stdout
        full = torch.from_numpy(np.frombuffer(raw, dtype=np.uint8).reshape(-1, SIZE, SIZE, 3).copy())
        colour, motion = [], []
        for t in range(0, len(full), 256):
            chunk = full[t:t + 257].permute(0, 3, 1, 2).float()                   # [T, 3, 224, 224]
            colour.append(F.avg_pool2d(chunk[:256], POOL).round().to(torch.uint8))
            change = (chunk[1:] - chunk[:-1]).abs()
            motion.append(F.max_pool2d(change, POOL).to(torch.uint8))
        self.frames = torch.cat(colour).permute(0, 2, 3, 1).numpy()               # [T, 56, 56, 3]
        self.motion = torch.cat(motion).permute(0, 2, 3, 1).numpy()               # [T-1, 56, 56, 3]: t -> t+1
        self.motion = np.concatenate([self.motion, np.zeros_like(self.motion[:1])])
        del full
        n = len(self.frames)
        self.state = np.zeros(n, dtype=np.int64)
        serves = sorted(e["frame"] for e in truth["events"] if e["kind"] == "serve")
        for start, end in truth["rallies"]:
            self.state[start:end + 1] = 1
            serve = next((s for s in serves if start <= s <= end), None)
            if serve is not None:
                self.state[start:min(end, serve + int(round(SERVICE_AFTER * self.fps))) + 1] = 2
        self.span = (WINDOW - 1) * self.step + 1

    def starts(self, stride):
        return list(range(0, len(self.frames) - self.span + 1, stride))

    def window(self, start):
        """Colour and motion [3, 16, 56, 56] as the model sees them, and the label of the middle frame."""
        idx = start + np.arange(WINDOW) * self.step
        x = torch.from_numpy(np.ascontiguousarray(self.frames[idx])).float().div_(255.0)   # [16, 56, 56, 3]
        x = (x - torch.tensor(MEAN)) / torch.tensor(STD)
        if self.step == 1:
            m = torch.from_numpy(np.ascontiguousarray(self.motion[idx])).float().div_(255.0)
            m[-1] = 0
        else:
            raise SystemExit("footage above 30 fps: the motion view of subsampled frames is not built yet")
        return x.permute(3, 0, 1, 2), m.permute(3, 0, 1, 2), int(self.state[start + self.span // 2])


def batch(matches, rng, size):
    xs, ms, ys = [], [], []
    for _ in range(size):
        m = matches[rng.integers(len(matches))]
        x, mo, y = m.window(int(rng.integers(len(m.frames) - m.span + 1)))
        if rng.random() < 0.5:
            x = x.flip(3)
            mo = mo.flip(3)
        gain = float(rng.uniform(0.85, 1.15))
        x = x * gain + float(rng.uniform(-0.2, 0.2))
        xs.append(x)
        ms.append(mo * gain)
        ys.append(y)
    return torch.stack(xs), torch.stack(ms), torch.tensor(ys)


def evaluate(net, matches):
    """Window accuracy at RallyCut's stride, per-class recall, and the confusion matrix (truth rows)."""
    net.eval()
    confusion = np.zeros((3, 3), dtype=np.int64)
    with torch.no_grad():
        for m in matches:
            stride = max(1, round(STRIDE_AT_30 * m.fps / 30))
            for start in m.starts(stride):
                x, mo, y = m.window(start)
                p = int(net.forward_small(x.unsqueeze(0), mo.unsqueeze(0)).argmax(1))
                confusion[y, p] += 1
    net.train()
    total = confusion.sum()
    recall = {LABELS[i]: round(float(confusion[i, i] / max(1, confusion[i].sum())), 3) for i in range(3)}
    return {"windowAccuracy": round(float(np.trace(confusion) / max(1, total)), 3), "windows": int(total),
            "recall": recall, "confusion": confusion.tolist()}


def export(net, out, metrics, args, train, heldout, steps, seconds):
    net.eval().cpu()
    path = out + ".onnx"
    dummy = torch.zeros(1, WINDOW, 3, SIZE, SIZE)
    torch.onnx.export(net, dummy, path, input_names=["video"], output_names=["logits"],
                      dynamic_axes={"video": {0: "N"}, "logits": {0: "N"}}, opset_version=13)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    params = sum(p.numel() for p in net.parameters())
    manifest = {
        "name": os.path.basename(out),
        "task": "game-state",
        "version": datetime.date.today().isoformat(),
        "description": f"Table-tennis game state per 16-frame window (NO_PLAY, PLAY, SERVICE); a small 3-D CNN of "
                       f"{params} parameters trained on rendered matches.",
        "frames": WINDOW,
        "inputWidth": SIZE,
        "inputHeight": SIZE,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0, "mean": MEAN, "std": STD},
        "inputs": [{"name": "video", "type": "float32", "shape": [-1, WINDOW, 3, SIZE, SIZE]}],
        "outputs": [{"name": "logits", "type": "float32", "shape": [-1, len(LABELS)],
                     "meaning": "logits for NO_PLAY, PLAY, SERVICE of the window's middle frame"}],
        "labels": LABELS,
        "training": {
            "script": "tools/train/train_game_state.py",
            "data": "matches rendered by `courtside render-demo`, labels from their truth (rallies, serves)",
            "labelRule": f"SERVICE from a rally's first frame to {SERVICE_AFTER} s after its serve, PLAY for the "
                         "rest of the rally, NO_PLAY between rallies; a window has its middle frame's label",
            "trainMatches": [os.path.basename(m.video) for m in train],
            "heldoutMatches": [os.path.basename(m.video) for m in heldout],
            "steps": steps,
            "minutes": round(seconds / 60, 1),
            "seed": args.seed,
            "sha256": sha,
            "metrics": metrics,
        },
    }
    with open(out + ".model.json", "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes, sha256 {sha[:12]}) and its manifest")


def expand(patterns):
    files = sorted({f for p in patterns for f in glob.glob(p)})
    if not files:
        raise SystemExit(f"no videos match {patterns}")
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--heldout", nargs="+", required=True)
    parser.add_argument("--out", required=True, help="output path without extension")
    parser.add_argument("--minutes", type=float, default=15)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--width", type=int, default=16)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ffmpeg", default="ffmpeg")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    train = [Match(v, args.ffmpeg) for v in expand(args.train)]
    heldout = [Match(v, args.ffmpeg) for v in expand(args.heldout)]
    counts = np.bincount(np.concatenate([m.state for m in train]), minlength=3)
    weights = torch.tensor((counts.sum() / np.maximum(counts, 1) / 3) ** 0.5, dtype=torch.float32)
    print(f"{len(train)} training matches, frames per state {counts.tolist()}, class weights "
          f"{[round(float(w), 2) for w in weights]}", flush=True)
    net = GameStateNet(args.width)
    optimiser = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    start = time.time()
    deadline = start + args.minutes * 60
    step = 0
    while time.time() < deadline:
        x, mo, y = batch(train, rng, args.batch)
        loss = F.cross_entropy(net.forward_small(x, mo), y, weight=weights)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        step += 1
        left = max(0.0, deadline - time.time()) / (args.minutes * 60)
        for group in optimiser.param_groups:
            group["lr"] = args.lr * max(0.05, left)
        if step % 50 == 0:
            print(f"step {step} loss {loss.item():.3f} {time.time() - start:.0f} s", flush=True)
    metrics = {m.video.split("/")[-1]: evaluate(net, [m]) for m in heldout}
    print(json.dumps(metrics), flush=True)
    export(net, args.out, metrics, args, train, heldout, step, time.time() - start)


if __name__ == "__main__":
    main()
