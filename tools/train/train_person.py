#!/usr/bin/env python3
"""Trains a small person detector with the design's `person-boxes` contract (YOLO layout) and exports ONNX + manifest.

Input `images` [N, 3, 320, 320]: the frame squashed to 320 x 320, RGB / 255. Output `boxes` [N, 5, 1600]: for each
cell of a 40 x 40 grid (stride 8) the box centre x, y and width, height in input pixels and the probability that a
person's centre lies in the cell (CenterNet's idea, written out in the YOLO layout Courtside's decoder reads: it keeps
the best boxes and drops those overlapping a better one).

Data: basketball clips rendered by `./courtside render-demo --sport basketball` with their NAME.basketball.json (every
person's box per frame), decoded with ffmpeg. Clips are split by clip into training and validation.

    /usr/bin/python3 tools/train/train_person.py --clips 'data/shooter/train/t-*.mp4' --out resources/models/person-bb \\
        --minutes 15

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

SIZE = 320
STRIDE = 8
GRID = SIZE // STRIDE


class PersonNet(nn.Module):
    def __init__(self, w=24):
        super().__init__()

        def block(a, b, s):
            return nn.Sequential(nn.Conv2d(a, b, 3, s, 1, bias=False), nn.BatchNorm2d(b), nn.ReLU(inplace=True))

        self.body = nn.Sequential(block(3, w, 2), block(w, w, 1), block(w, 2 * w, 2), block(2 * w, 2 * w, 1),
                                  block(2 * w, 4 * w, 2), block(4 * w, 4 * w, 1), block(4 * w, 4 * w, 1))
        self.context = nn.Sequential(block(4 * w, 4 * w, 2), block(4 * w, 4 * w, 1))
        self.head = nn.Conv2d(8 * w, 5, 1)

    def raw(self, x):
        f = self.body(x)                                           # [N, 4w, 40, 40]
        c = F.interpolate(self.context(f), size=f.shape[-2:], mode="nearest")
        return self.head(torch.cat([f, c], 1))                      # [N, 5, 40, 40]: logit, dx, dy, log w, log h

    def forward(self, x):
        r = self.raw(x)
        n = r.shape[0]
        gy, gx = torch.meshgrid(torch.arange(GRID, dtype=torch.float32), torch.arange(GRID, dtype=torch.float32),
                                indexing="ij")
        cx = (gx + torch.sigmoid(r[:, 1])) * STRIDE
        cy = (gy + torch.sigmoid(r[:, 2])) * STRIDE
        w = torch.exp(r[:, 3].clamp(-4, 4)) * 32
        h = torch.exp(r[:, 4].clamp(-4, 4)) * 32
        # A cell is kept where it is the peak of its 3 x 3 neighbourhood, as CenterNet reads its heatmap.
        logit = r[:, 0:1]
        peak = (logit == F.max_pool2d(logit, 3, 1, 1)).float()
        p = torch.sigmoid(logit) * peak
        out = torch.stack([cx, cy, w, h, p[:, 0]], 1)               # [N, 5, 40, 40]
        return out.reshape(n, 5, GRID * GRID)


def decode_clip(video, ffmpeg, every):
    raw = subprocess.run([ffmpeg, "-v", "error", "-i", video, "-vf", f"select='not(mod(n\\,{every}))',"
                          f"scale={SIZE}:{SIZE}:flags=bilinear", "-vsync", "0", "-f", "rawvideo", "-pix_fmt", "rgb24",
                          "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, SIZE, SIZE, 3)


def load(videos, ffmpeg, every):
    images, targets = [], []
    for v in videos:
        truth = json.load(open(v[:-4] + ".basketball.json"))
        sx, sy = SIZE / truth["width"], SIZE / truth["height"]
        frames = decode_clip(v, ffmpeg, every)
        by_frame = {}
        for f, _track, _slot, x, y, w, h in truth["people"]:
            if f % every == 0:
                by_frame.setdefault(f // every, []).append((x * sx, y * sy, w * sx, h * sy))
        for i in range(len(frames)):
            images.append(frames[i])
            targets.append(np.array(by_frame.get(i, []), dtype=np.float32).reshape(-1, 4))
    return np.stack(images), targets


def encode(boxes):
    """CenterNet targets on the grid: a Gaussian heatmap, and offsets and log sizes at the centre cells."""
    heat = np.zeros((GRID, GRID), np.float32)
    reg = np.zeros((4, GRID, GRID), np.float32)
    mask = np.zeros((GRID, GRID), np.float32)
    for x, y, w, h in boxes:
        cx, cy = (x + w / 2) / STRIDE, (y + h / 2) / STRIDE
        gx, gy = int(min(GRID - 1, max(0, cx))), int(min(GRID - 1, max(0, cy)))
        sigma = max(0.5, min(w, h) / STRIDE / 3)
        ys, xs = np.ogrid[:GRID, :GRID]
        heat = np.maximum(heat, np.exp(-((xs - gx) ** 2 + (ys - gy) ** 2) / (2 * sigma ** 2)))
        reg[:, gy, gx] = [cx - gx, cy - gy, np.log(max(w, 1) / 32), np.log(max(h, 1) / 32)]
        mask[gy, gx] = 1
    return heat, reg, mask


def focal(logit, heat):
    p = torch.sigmoid(logit).clamp(1e-4, 1 - 1e-4)
    pos = heat.eq(1).float()
    neg = 1 - pos
    loss = -(pos * (1 - p) ** 2 * torch.log(p) + neg * (1 - heat) ** 4 * p ** 2 * torch.log(1 - p))
    return loss.sum() / pos.sum().clamp(min=1)


def evaluate(net, images, targets, threshold=0.3):
    """Recall and precision at IoU 0.5 with the decoder's rules (best 16, overlap 0.5 dropped)."""
    net.eval()
    tp = fp = total = 0
    with torch.no_grad():
        for i in range(0, len(images), 32):
            out = net(torch.from_numpy(images[i:i + 32]).float().div(255).permute(0, 3, 1, 2)).numpy()
            for k in range(out.shape[0]):
                o = out[k]
                keep = np.nonzero(o[4] >= threshold)[0]
                cand = sorted([(o[4, a], o[0, a] - o[2, a] / 2, o[1, a] - o[3, a] / 2, o[2, a], o[3, a]) for a in keep],
                              reverse=True)
                kept = []
                for c in cand:
                    if all(iou(c[1:], d[1:]) <= 0.5 for d in kept):
                        kept.append(c)
                    if len(kept) == 16:
                        break
                truth = list(targets[i + k])
                total += len(truth)
                for c in kept:
                    best = max(range(len(truth)), key=lambda j: iou(c[1:], truth[j]), default=None)
                    if best is not None and iou(c[1:], truth[best]) >= 0.5:
                        tp += 1
                        truth.pop(best)
                    else:
                        fp += 1
    return tp / max(1, total), tp / max(1, tp + fp)


def iou(a, b):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    return inter / max(1e-6, aw * ah + bw * bh - inter)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clips", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--minutes", type=float, default=15)
    parser.add_argument("--every", type=int, default=6, help="take every Nth frame (default 6)")
    parser.add_argument("--val-share", type=float, default=0.1)
    parser.add_argument("--ffmpeg", default="ffmpeg")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    clips = sorted(glob.glob(args.clips))
    rng.shuffle(clips)
    n_val = max(1, int(round(args.val_share * len(clips))))
    val_images, val_targets = load(clips[:n_val], args.ffmpeg, args.every)
    images, targets = load(clips[n_val:], args.ffmpeg, args.every)
    encoded = [encode(t) for t in targets]
    heat = np.stack([e[0] for e in encoded])
    reg = np.stack([e[1] for e in encoded])
    mask = np.stack([e[2] for e in encoded])
    print(f"{len(images)} training frames from {len(clips) - n_val} clips, {len(val_images)} validation frames "
          f"from {n_val} clips", flush=True)
    net = PersonNet()
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-4)
    deadline = time.time() + 60 * args.minutes
    epoch = 0
    best = (-1, None)
    while time.time() < deadline:
        net.train()
        order = rng.permutation(len(images))
        total = 0.0
        for i in range(0, len(order), 16):
            if time.time() > deadline:
                break
            idx = order[i:i + 16]
            x = torch.from_numpy(images[idx]).float().div(255).permute(0, 3, 1, 2)
            if rng.random() < 0.5:
                x = x * float(rng.uniform(0.8, 1.2))
            r = net.raw(x)
            h = torch.from_numpy(heat[idx])
            m = torch.from_numpy(mask[idx])
            t = torch.from_numpy(reg[idx])
            loss_heat = focal(r[:, 0], h)
            pred = torch.stack([torch.sigmoid(r[:, 1]), torch.sigmoid(r[:, 2]), r[:, 3], r[:, 4]], 1)
            loss_reg = (F.l1_loss(pred, t, reduction="none") * m.unsqueeze(1)).sum() / m.sum().clamp(min=1)
            loss = loss_heat + loss_reg
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * len(idx)
        epoch += 1
        recall, precision = evaluate(net, val_images, val_targets)
        print(f"epoch {epoch}: loss {total / len(images):.4f}, validation recall {recall:.3f} precision "
              f"{precision:.3f}", flush=True)
        f1 = 2 * recall * precision / max(1e-6, recall + precision)
        if f1 >= best[0]:
            best = (f1, {k: v.clone() for k, v in net.state_dict().items()}, recall, precision)
    net.load_state_dict(best[1])
    net.eval()
    export(net, args, len(images), best[2], best[3])


def export(net, args, n_frames, recall, precision):
    onnx_path = args.out + ".onnx"
    os.makedirs(os.path.dirname(onnx_path) or ".", exist_ok=True)
    torch.onnx.export(net, torch.zeros(1, 3, SIZE, SIZE), onnx_path, input_names=["images"], output_names=["boxes"],
                      dynamic_axes={"images": {0: "N"}, "boxes": {0: "N"}}, opset_version=13)
    params = sum(p.numel() for p in net.parameters())
    manifest = {
        "name": os.path.basename(args.out),
        "task": "person-boxes",
        "layout": "yolo",
        "version": datetime.date.today().isoformat(),
        "description": f"People on a basketball court (players, referee, bench); a small CNN of {params} parameters "
                       f"trained on rendered clips, CenterNet targets written out in the YOLO layout.",
        "inputWidth": SIZE,
        "inputHeight": SIZE,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0, "mean": [0.0, 0.0, 0.0], "std": [1.0, 1.0, 1.0]},
        "threshold": 0.3,
        "inputs": [{"name": "images", "type": "float32", "shape": [-1, 3, SIZE, SIZE]}],
        "outputs": [{"name": "boxes", "type": "float32", "shape": [-1, 5, GRID * GRID],
                     "meaning": "per grid cell: centre x, y, width, height in input pixels, person probability"}],
        "labels": ["person"],
        "training": {
            "script": "tools/train/train_person.py",
            "data": f"{n_frames} frames (every {args.every}th) of basketball clips rendered by `courtside render-demo "
                    f"--sport basketball`, boxes from their truth",
            "metrics": {"validationRecallIou50": round(recall, 4), "validationPrecisionIou50": round(precision, 4)},
            "sha256": hashlib.sha256(open(onnx_path, "rb").read()).hexdigest(),
        },
    }
    with open(args.out + ".model.json", "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"wrote {onnx_path} and {args.out}.model.json", flush=True)


if __name__ == "__main__":
    sys.exit(main())
