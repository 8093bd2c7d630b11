#!/usr/bin/env python3
"""Trains the shipped shooter model (who of O1-O5 took a basketball shot) and exports ONNX + manifest.

The contract is the design's `shooter`: inputs `video` [N, 16, 3, 224, 224] (RGB / 255, ImageNet mean and std) and
`tracks` [N, 16, 14, 14, 18] (the track heatmaps: presence of O1-O5, D1-D5, unknowns and others per 16 x 16 patch,
the shot origin, its place in the patch, the distance of every patch to it, the detection confidence); output `logits`
[N, 5] for O1-O5.

The epoch kept is the best on a validation share of the training videos; the held-out scenes (other seeds) are only
measured. The network scores each offensive player with the same weights, so it cannot learn "O3 shoots more often", only what
a shooter looks like: for player i it stacks i's presence with the shared channels (origin, distance, defenders,
everyone else) and the video's per-patch colours, runs a small 3-D CNN over the 16 x 14 x 14 grid, and pools the
result under i's presence. The five scores are the logits.

The data is what `./courtside export --format shooter` writes: DIR/labels.csv and per shot frames.npy (uint8
[16,224,224,3]) and tracks.npy (float32 [16,14,14,18]), split into train / val / test by video.

    ./courtside render-demo --sport basketball --scenes 200 --seed 1000 -o data/shooter/train/t.mp4
    ./courtside export --format shooter --split 1,0,0 -o data/shooter/train-set data/shooter/train/t-*.mp4
    ./courtside render-demo --sport basketball --scenes 60 --seed 9000 -o data/shooter/heldout/h.mp4
    ./courtside export --format shooter --split 0,0,1 -o data/shooter/heldout-set data/shooter/heldout/h-*.mp4
    /usr/bin/python3 tools/train/train_shooter.py --train data/shooter/train-set --heldout data/shooter/heldout-set \\
        --out resources/models/shooter-bb --minutes 10

Needs python3-torch, python3-onnx and python3-numpy (Debian). Runs on a CPU; the build never runs it.
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

FRAMES = 16
SIZE = 224
GRID = 14
CHANNELS = 18
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]
OFFENCE = 5


class ShooterNet(nn.Module):
    """video [N,16,3,224,224] normalised + tracks [N,16,14,14,18] -> logits [N,5]."""

    def __init__(self, width=24):
        super().__init__()
        self.register_buffer("mean", torch.tensor(MEAN).view(1, 1, 3, 1, 1))
        self.register_buffer("std", torch.tensor(STD).view(1, 1, 3, 1, 1))
        # Per player: its presence, its confidence-weighted presence, the 8 shared track channels, 3 colours.
        cin = 2 + 8 + 3
        w = width

        def block(a, b, k, s, p):
            return nn.Sequential(nn.Conv3d(a, b, k, s, p, bias=False), nn.BatchNorm3d(b), nn.ReLU(inplace=True))

        self.body = nn.Sequential(block(cin, w, 3, 1, 1), block(w, w, 3, 1, 1), block(w, w, 3, 1, 1))
        self.head = nn.Sequential(nn.Linear(2 * w, w), nn.ReLU(inplace=True), nn.Linear(w, 1))

    def forward(self, video, tracks):
        n = video.shape[0]
        # The colours per 16 x 16 patch, back to 0..1 for the net: [N, 3, 16, 14, 14].
        rgb = video * self.std + self.mean
        colour = F.avg_pool2d(rgb.reshape(n * FRAMES, 3, SIZE, SIZE), 16).reshape(n, FRAMES, 3, GRID, GRID)
        colour = colour.permute(0, 2, 1, 3, 4)
        t = tracks.permute(0, 4, 1, 2, 3)                          # [N, 18, 16, 14, 14]
        defence = t[:, 5:10].sum(1, keepdim=True).clamp(max=1)
        unknown = t[:, 10:12].sum(1, keepdim=True).clamp(max=1)
        offence = t[:, 0:5].sum(1, keepdim=True).clamp(max=1)
        shared = torch.cat([t[:, 12:13], t[:, 13:17], defence, unknown, offence], 1)   # [N, 8, 16, 14, 14]
        scores = []
        for i in range(OFFENCE):
            me = t[:, i:i + 1]
            x = torch.cat([me, me * t[:, 17:18], shared, colour], 1)
            f = self.body(x)                                            # [N, w, 16, 14, 14]
            mass = me.sum((2, 3, 4)).clamp(min=1e-3)
            under = (f * me).sum((2, 3, 4)) / mass                      # pooled under the player
            whole = f.mean((2, 3, 4))
            score = self.head(torch.cat([under, whole], 1))
            absent = (me.sum((2, 3, 4)) < 0.5).float()
            scores.append(score - 20 * absent)
        return torch.cat(scores, 1)


def load(root):
    rows = list(csv.DictReader(open(os.path.join(root, "labels.csv"))))
    video = np.stack([np.load(os.path.join(root, r["clip"], "frames.npy")) for r in rows])
    tracks = np.stack([np.load(os.path.join(root, r["clip"], "tracks.npy")) for r in rows])
    labels = np.array([int(r["label"]) for r in rows], dtype=np.int64)
    return video, tracks, labels, [r["video"] for r in rows]


def split_by_video(names, share, rng):
    """Indices of training and validation shots, the validation taking `share` of the videos (never of the shots)."""
    videos = sorted(set(names))
    rng.shuffle(videos)
    val = set(videos[:max(1, int(round(share * len(videos))))])
    keep = np.array([n not in val for n in names])
    return np.nonzero(keep)[0], np.nonzero(~keep)[0]


def normalise(frames):
    """uint8 [N,16,224,224,3] -> float [N,16,3,224,224] as the contract wants."""
    x = torch.from_numpy(frames).float().div_(255).permute(0, 1, 4, 2, 3)
    return (x - torch.tensor(MEAN).view(1, 1, 3, 1, 1)) / torch.tensor(STD).view(1, 1, 3, 1, 1)


def augment(video, tracks, labels, rng):
    """A random permutation of the five offensive slots (and the label with it): slot numbers carry no meaning."""
    perm = rng.permutation(OFFENCE)
    tracks = tracks.copy()
    tracks[..., 0:5] = tracks[..., perm]
    inverse = np.argsort(perm)
    return video, tracks, inverse[labels]


def accuracy(net, video, tracks, labels, batch=16):
    net.eval()
    right = 0
    with torch.no_grad():
        for i in range(0, len(labels), batch):
            logits = net(normalise(video[i:i + batch]), torch.from_numpy(tracks[i:i + batch]))
            right += int((logits.argmax(1).numpy() == labels[i:i + batch]).sum())
    return right / max(1, len(labels))


def baseline(tracks, labels):
    """The closeness-to-origin baseline of Courtside's ShooterBaseline, in numpy, for the figure beside the model."""
    right = 0
    for t, y in zip(tracks, labels):
        release = 12
        score = np.full(OFFENCE, -1.0)
        for i in range(OFFENCE):
            total = 0.0
            weights = 0.0
            seen = False
            for s in range(release + 1):
                w = np.exp(-(release - s) / 4)
                weights += w
                me = t[s, :, :, i] > 0.5
                if me.any():
                    seen = True
                    d = t[s, :, :, 16][me]
                    total += w * (np.exp(-(d.min() / 0.25) ** 2) + 0.1 * np.exp(-(d.mean() / 0.25) ** 2))
            if seen:
                score[i] = total / (1.1 * weights)
        right += int(np.argmax(score) == y)
    return right / max(1, len(labels))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", required=True)
    parser.add_argument("--heldout", required=True)
    parser.add_argument("--out", required=True, help="output path without extension, e.g. resources/models/shooter-bb")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--val-share", type=float, default=0.15,
                        help="share of the training videos kept apart to choose the epoch (default 0.15)")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))

    av, at, al, names = load(args.train)
    train_idx, val_idx = split_by_video(names, args.val_share, rng)
    tv, tt, tl = av[train_idx], at[train_idx], al[train_idx]
    vv, vt, vl = av[val_idx], at[val_idx], al[val_idx]
    hv, ht, hl, _ = load(args.heldout)
    print(f"train {len(tl)} shots, validation {len(vl)} (by video), held-out {len(hl)}; baseline held-out top-1 "
          f"{baseline(ht, hl):.3f}", flush=True)
    net = ShooterNet()
    opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-4)
    deadline = time.time() + 60 * args.minutes
    epoch = 0
    best = (-1, None)
    while time.time() < deadline:
        net.train()
        order = rng.permutation(len(tl))
        total = 0.0
        for i in range(0, len(order), 16):
            idx = order[i:i + 16]
            v, t, y = augment(tv[idx], tt[idx], tl[idx], rng)
            logits = net(normalise(v), torch.from_numpy(t))
            loss = F.cross_entropy(logits, torch.from_numpy(y))
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * len(idx)
        epoch += 1
        acc = accuracy(net, vv, vt, vl)
        print(f"epoch {epoch}: loss {total / len(tl):.4f}, validation top-1 {acc:.3f}", flush=True)
        if acc >= best[0]:
            best = (acc, {k: v.clone() for k, v in net.state_dict().items()})
    net.load_state_dict(best[1])
    net.eval()
    heldout_acc = accuracy(net, hv, ht, hl)
    train_acc = accuracy(net, tv, tt, tl)
    print(f"kept (best validation epoch): held-out top-1 {heldout_acc:.3f}, train {train_acc:.3f}", flush=True)
    export(net, args, len(tl), len(vl), len(hl), heldout_acc, baseline(ht, hl), train_acc)


def export(net, args, n_train, n_val, n_heldout, heldout_acc, baseline_acc, train_acc):
    onnx_path = args.out + ".onnx"
    os.makedirs(os.path.dirname(onnx_path) or ".", exist_ok=True)
    video = torch.zeros(1, FRAMES, 3, SIZE, SIZE)
    tracks = torch.zeros(1, FRAMES, GRID, GRID, CHANNELS)
    torch.onnx.export(net, (video, tracks), onnx_path, input_names=["video", "tracks"], output_names=["logits"],
                      dynamic_axes={"video": {0: "N"}, "tracks": {0: "N"}, "logits": {0: "N"}}, opset_version=13)
    params = sum(p.numel() for p in net.parameters())
    manifest = {
        "name": os.path.basename(args.out),
        "task": "shooter",
        "version": datetime.date.today().isoformat(),
        "description": f"Basketball shooter among O1-O5 from the shot's 16-frame window and track heatmaps; one small "
                       f"3-D CNN of {params} parameters shared by the five players, trained on rendered scenes.",
        "frames": FRAMES,
        "inputWidth": SIZE,
        "inputHeight": SIZE,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0, "mean": MEAN, "std": STD},
        "inputs": [{"name": "video", "type": "float32", "shape": [-1, FRAMES, 3, SIZE, SIZE]},
                   {"name": "tracks", "type": "float32", "shape": [-1, FRAMES, GRID, GRID, CHANNELS]}],
        "outputs": [{"name": "logits", "type": "float32", "shape": [-1, OFFENCE],
                     "meaning": "logits for O1-O5 taking the shot; Courtside softmaxes them into scores"}],
        "labels": ["O1", "O2", "O3", "O4", "O5"],
        "training": {
            "script": "tools/train/train_shooter.py",
            "data": f"{n_train} one-shot scenes rendered by `courtside render-demo --sport basketball` (seed 1000 on), "
                    f"exported by `courtside export --format shooter` (truth boxes and slots); the shots of {n_val} "
                    f"more scenes of the same seeds chose the epoch",
            "heldout": f"{n_heldout} one-shot scenes rendered with seeds 9000 on",
            "metrics": {"heldoutTop1": round(heldout_acc, 4), "baselineHeldoutTop1": round(baseline_acc, 4),
                        "trainTop1": round(train_acc, 4)},
            "sha256": hashlib.sha256(open(onnx_path, "rb").read()).hexdigest(),
        },
    }
    with open(args.out + ".model.json", "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"wrote {onnx_path} and {args.out}.model.json", flush=True)


if __name__ == "__main__":
    sys.exit(main())
