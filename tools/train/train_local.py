#!/usr/bin/env python3
"""Trains the local stage of the ball-heatmap pipeline (TTNet's second stage) and exports it as ONNX with its manifest.

The local stage has the same contract as the global one ([N, 3F, 128, 320] -> [N, 448] x-then-y heatmaps), but its
input is a 320x128 crop of the FULL-resolution frames around the global estimate, so one model pixel is one video
pixel. Courtside places the crop as CropWindow does: centred on the rounded estimate, clamped inside the frame. The
crop centre is jittered the way the global stage errs (a few model pixels: x6 at 1080p, x4 at 720p); some crops
are centred on a hidden ball, some lie anywhere (mostly ball-free).

The data are the same rendered matches as train_ball.py's (NAME.mp4 with NAME.truth.json beside it); positions come
from the truth file (sub-pixel), not from the rounded OpenTTGames markup. Matches given with --heldout are never
trained on: the manifest's metrics are measured on them, global stage alone and global + local, per frame.

    /usr/bin/python3 tools/train/train_local.py --train '/work/data/balltrain/train-1*.mp4' \\
        --heldout '/work/data/balltrain/heldout-*.mp4' --global /work/data/models4/ball-heatmap-tt.pt \\
        --out /work/data/local1/ball-heatmap-tt-local --minutes 24 --threads 1

Needs python3-torch, python3-onnx, python3-numpy (Debian) and an `ffmpeg` on the PATH (or --ffmpeg).
"""
import argparse
import collections
import datetime
import hashlib
import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ball_net import BallNet  # noqa: E402
from train_ball import (FRAMES, TARGET, WIDTH, HEIGHT, Clip, expand, focal_loss, gaussian_target,  # noqa: E402
                        peak, probe, profile_loss)

LOCAL_SIGMA = 1.5       # Gaussian target radius in video pixels: a ball is 3..8 px across at 1080p
JITTER_SIGMA = 1.5      # global-stage error, in global model pixels
JITTER_MAX = 5.0        # jitter clipped here (global model pixels); regions are cut with this margin
LOOKAHEAD = FRAMES - 1 - TARGET


def crop_origin(centre, size, full):
    """Where Courtside's CropWindow puts a crop: centred on the rounded estimate, clamped inside the frame."""
    return int(min(max(math.floor(centre + 0.5) - size // 2, 0), full - size))


def load_truth(video):
    """Ball x, y (video pixels, sub-pixel), visible and hidden (occluded) masks from NAME.truth.json."""
    truth = json.load(open(os.path.splitext(video)[0] + ".truth.json"))
    ball = truth["ball"]
    codes = ball["visibilityCodes"]
    x = np.array([np.nan if v is None else v for v in ball["x"]], dtype=np.float64)
    y = np.array([np.nan if v is None else v for v in ball["y"]], dtype=np.float64)
    vis = np.array(ball["visibility"])
    known = np.isfinite(x) & np.isfinite(y)
    return x, y, (vis == codes.index("visible")) & known, (vis == codes.index("occluded")) & known


def full_frames(video, ffmpeg):
    """The video's frames at its own size as [H, W, 3] uint8 RGB, one at a time (a 1080p match does not fit RAM)."""
    width, height, _ = probe(video, ffmpeg)
    size = width * height * 3
    proc = subprocess.Popen([ffmpeg, "-v", "error", "-threads", "1", "-i", video, "-pix_fmt", "rgb24",
                             "-f", "rawvideo", "-"], stdout=subprocess.PIPE, bufsize=size)
    try:
        while True:
            buf = proc.stdout.read(size)
            if len(buf) < size:
                break
            yield np.frombuffer(buf, dtype=np.uint8).reshape(height, width, 3)
    finally:
        proc.stdout.close()
        proc.wait()


class Sample:
    """F full-resolution frames cut around a place, wide enough for every jittered crop; ball in video pixels."""
    __slots__ = ("region", "x0", "y0", "full_w", "full_h", "ball", "visible", "centre", "jitter")

    def __init__(self, region, x0, y0, full_w, full_h, ball, visible, centre, jitter):
        self.region, self.x0, self.y0 = region, x0, y0
        self.full_w, self.full_h = full_w, full_h
        self.ball, self.visible = ball, visible
        self.centre, self.jitter = centre, jitter     # centre None: the region is the crop itself


def span(centre, margin, size, full):
    """The range of crop origins reachable from centre +- margin: the region to keep."""
    return crop_origin(centre - margin, size, full), crop_origin(centre + margin, size, full)


def extract(video, ffmpeg, rng, stride, hidden_stride, random_crops):
    """Cuts the training samples of one match while its full-resolution frames stream past."""
    width, height, _ = probe(video, ffmpeg)
    x, y, visible, hidden = load_truth(video)
    sx, sy = width / WIDTH, height / HEIGHT
    margin = (JITTER_MAX * sx, JITTER_MAX * sy)
    count = len(x)
    wanted = {}
    vis_t = [t for t in range(TARGET, count - LOOKAHEAD) if visible[t]]
    for t in vis_t[rng.integers(stride)::stride]:
        wanted[t] = ("ball", x[t], y[t])
    hid_t = [t for t in range(TARGET, count - LOOKAHEAD) if hidden[t] and t not in wanted]
    for t in hid_t[rng.integers(hidden_stride)::hidden_stride]:
        wanted[t] = ("hidden", x[t], y[t])
    for t in rng.choice(np.arange(TARGET, count - LOOKAHEAD), size=random_crops, replace=False):
        if int(t) not in wanted:
            wanted[int(t)] = ("random", rng.integers(0, width - WIDTH + 1), rng.integers(0, height - HEIGHT + 1))
    samples = []
    ring = collections.deque(maxlen=FRAMES)
    for i, frame in enumerate(full_frames(video, ffmpeg)):
        ring.append(frame)
        t = i - LOOKAHEAD
        if t not in wanted or len(ring) < FRAMES:
            continue
        kind, a, b = wanted[t]
        # Where the truth gives no place, a point far outside keeps the (zero) targets free of NaN.
        ball = np.nan_to_num(np.array([x[t], y[t]], dtype=np.float32), nan=-1000.0)
        if kind == "random":
            x_lo, x_hi, y_lo, y_hi, centre = int(a), int(a), int(b), int(b), None
        else:
            x_lo, x_hi = span(a, margin[0], WIDTH, width)
            y_lo, y_hi = span(b, margin[1], HEIGHT, height)
            centre = (a, b)
        region = np.stack([f[y_lo:y_hi + HEIGHT, x_lo:x_hi + WIDTH] for f in ring])   # [F, h, w, 3]
        samples.append(Sample(region, x_lo, y_lo, width, height, ball, bool(visible[t]), centre, (sx, sy)))
    return samples


def crop_sample(s, rng):
    """One jittered crop of a sample: [3F, 128, 320] float, ball in crop pixels, visible inside the crop."""
    if s.centre is None:
        x0, y0 = s.x0, s.y0
    else:
        jx = float(np.clip(rng.normal(0, JITTER_SIGMA), -JITTER_MAX, JITTER_MAX)) * s.jitter[0]
        jy = float(np.clip(rng.normal(0, JITTER_SIGMA), -JITTER_MAX, JITTER_MAX)) * s.jitter[1]
        x0 = crop_origin(s.centre[0] + jx, WIDTH, s.full_w)
        y0 = crop_origin(s.centre[1] + jy, HEIGHT, s.full_h)
    cut = s.region[:, y0 - s.y0:y0 - s.y0 + HEIGHT, x0 - s.x0:x0 - s.x0 + WIDTH]
    assert cut.shape[1:3] == (HEIGHT, WIDTH), (cut.shape, x0, y0, s.x0, s.y0)
    ball = s.ball - np.array([x0, y0], dtype=np.float32)
    inside = s.visible and 0 <= ball[0] <= WIDTH - 1 and 0 <= ball[1] <= HEIGHT - 1
    x = torch.from_numpy(np.ascontiguousarray(cut)).permute(0, 3, 1, 2).reshape(3 * FRAMES, HEIGHT, WIDTH)
    return x.float() / 255.0, torch.from_numpy(ball), inside


SMALL_H, SMALL_W = 64, 160   # early steps train on this part of a crop: four times the samples per second


def make_batch(groups, rng, size, small):
    xs, balls, vis = [], [], []
    for _ in range(size):
        r = rng.random()
        group = groups["ball"] if r < 0.65 or not groups["other"] else groups["other"]
        x, b, v = crop_sample(group[rng.integers(len(group))], rng)
        if small:
            if v:
                x0 = int(np.clip(b[0] - rng.integers(8, SMALL_W - 8), 0, WIDTH - SMALL_W))
                y0 = int(np.clip(b[1] - rng.integers(8, SMALL_H - 8), 0, HEIGHT - SMALL_H))
            else:
                x0, y0 = int(rng.integers(0, WIDTH - SMALL_W + 1)), int(rng.integers(0, HEIGHT - SMALL_H + 1))
            x = x[:, y0:y0 + SMALL_H, x0:x0 + SMALL_W]
            b = b - torch.tensor([x0, y0], dtype=torch.float32)
            v = v and 0 <= b[0] <= SMALL_W - 1 and 0 <= b[1] <= SMALL_H - 1
        if rng.random() < 0.5:
            x = torch.flip(x, dims=[2])
            b = torch.tensor([x.shape[2] - 1 - b[0], b[1]])
        x = (x * (0.8 + 0.4 * rng.random())).clamp(0, 1)
        xs.append(x)
        balls.append(b)
        vis.append(v)
    return torch.stack(xs), torch.stack(balls), torch.tensor(vis)


def train(net, groups, args):
    rng = np.random.default_rng(args.seed)
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    budget = args.minutes * 60
    start = time.time()
    step = 0
    net.train()
    while True:
        elapsed = time.time() - start
        if elapsed > budget:
            break
        lr = args.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, elapsed / budget)))
        for group in opt.param_groups:
            group["lr"] = lr
        small = elapsed < budget * args.small_share
        x, b, v = make_batch(groups, rng, args.batch * 4 if small else args.batch, small)
        logits, _ = net.forward_maps(x)
        target, peak_mask = gaussian_target(b, v, logits.shape[1], logits.shape[2], LOCAL_SIGMA)
        loss = focal_loss(logits, target, peak_mask) + args.profile_weight * profile_loss(logits, b, v, LOCAL_SIGMA)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        if step % 25 == 0:
            print(f"step {step:6d}  {elapsed / 60:5.1f} min  {'part' if small else 'crop'}  lr {lr:.5f}  "
                  f"loss {loss.item():.4f}", flush=True)
    return step


class HeatmapOnly(nn.Module):
    """The exported local stage: the heatmap output only (the contract's event scores are optional)."""

    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return self.net(x)[0]


def decode_row(row):
    x, cx = peak(row, 0, WIDTH)
    y, cy = peak(row, WIDTH, HEIGHT)
    return x, y, min(cx, cy)


@torch.no_grad()
def evaluate(global_net, local_net, videos, args):
    """Per frame, bare models, no tracker: the global estimate alone and refined by the local stage."""
    global_net.eval()
    local_net.eval()
    stats = {k: {"hits": [], "misplaced": 0, "fp": 0} for k in ("global", "local")}
    visible_count = empty_count = refined = tried = 0
    for video in videos:
        clip = Clip(video, args.ffmpeg)          # model-size frames, scaled as Courtside's decoder scales them
        x, y, visible, hidden = load_truth(video)
        sx, sy = clip.width / WIDTH, clip.height / HEIGHT
        ring = collections.deque(maxlen=FRAMES)
        for i, frame in enumerate(full_frames(video, args.ffmpeg)):
            ring.append(frame)
            t = i - LOOKAHEAD
            if t < TARGET or len(ring) < FRAMES:
                continue
            gx, gy, conf = decode_row(global_net(clip.window(t).unsqueeze(0))[0][0].numpy())
            found = conf >= args.threshold
            fx, fy = (gx + 0.5) * sx - 0.5, (gy + 0.5) * sy - 0.5
            lx, ly = fx, fy
            if found:
                tried += 1
                x0 = crop_origin(fx, WIDTH, clip.width)
                y0 = crop_origin(fy, HEIGHT, clip.height)
                stack = np.stack([f[y0:y0 + HEIGHT, x0:x0 + WIDTH] for f in ring])
                inp = torch.from_numpy(stack).permute(0, 3, 1, 2).reshape(1, 3 * FRAMES, HEIGHT, WIDTH).float() / 255
                px, py, lconf = decode_row(local_net(inp)[0][0].numpy())
                px, py = px + x0, py + y0
                if lconf >= args.local_threshold and abs(px - fx) <= args.gate * sx and abs(py - fy) <= args.gate * sy:
                    lx, ly = px, py
                    refined += 1
            if visible[t]:
                visible_count += 1
            elif not hidden[t]:
                empty_count += 1
            for key, (ex, ey) in (("global", (fx, fy)), ("local", (lx, ly))):
                if not found:
                    continue
                if visible[t]:
                    d = math.hypot(ex - x[t], ey - y[t])
                    if d <= 10:
                        stats[key]["hits"].append(d)
                    else:
                        stats[key]["misplaced"] += 1
                elif not hidden[t]:
                    stats[key]["fp"] += 1
        print(f"evaluated {os.path.basename(video)}", flush=True)
    out = {}
    for key, s in stats.items():
        hits = np.array(s["hits"])
        out[key] = {
            "detectionRate": round(len(hits) / max(visible_count, 1), 4),
            "rmsePx": round(float(np.sqrt(np.mean(hits ** 2))), 3) if len(hits) else None,
            "misplacedRate": round(s["misplaced"] / max(visible_count, 1), 4),
            "falsePositiveRate": round(s["fp"] / max(empty_count, 1), 4),
        }
    out.update({
        "visibleFrames": visible_count, "emptyFrames": empty_count, "globalDetections": tried,
        "refinedByLocal": refined, "threshold": args.threshold, "localThreshold": args.local_threshold,
        "gateGlobalPixels": args.gate,
        "note": "bare models, one window per frame, no tracker; video pixels; a detection counts within 10 px; "
                "hidden (occluded) frames count neither way; 'local' keeps the global position where the local "
                "peak is below its threshold or farther than the gate from the global estimate",
    })
    return out


def export(net, out, metrics, args, train_files, heldout_files, steps, seconds, counts):
    wrapped = HeatmapOnly(net.eval().cpu())
    onnx_path = out + ".onnx"
    dummy = torch.zeros(1, 3 * FRAMES, HEIGHT, WIDTH)
    torch.onnx.export(wrapped, dummy, onnx_path, input_names=["frames"], output_names=["heatmap"],
                      dynamic_axes={"frames": {0: "N"}, "heatmap": {0: "N"}}, opset_version=13)
    sha = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()
    params = sum(p.numel() for p in net.parameters())
    manifest = {
        "name": os.path.basename(out),
        "task": "ball-heatmap",
        "version": datetime.date.today().isoformat(),
        "description": "Local stage of the table-tennis ball heatmaps (TTNet local stage): the global contract on a "
                       f"320x128 crop of the full-resolution frames around the global estimate; {params} parameters "
                       "(the event head is not exported), trained on rendered matches.",
        "frames": FRAMES,
        "targetFrame": TARGET,
        "inputWidth": WIDTH,
        "inputHeight": HEIGHT,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0},
        "threshold": args.local_threshold,
        "inputs": [{"name": "frames", "type": "float32", "shape": [-1, 3 * FRAMES, HEIGHT, WIDTH]}],
        "outputs": [
            {"name": "heatmap", "type": "float32", "shape": [-1, WIDTH + HEIGHT],
             "meaning": "x heatmap (width values) then y heatmap (height values) in crop pixels, sigmoid, for the "
                        "middle frame"}],
        "training": {
            "script": "tools/train/train_local.py",
            "data": "full-resolution crops of matches rendered by `courtside render-demo`, positions from NAME.truth.json",
            "init": args.init,
            "globalForMetrics": args.global_model,
            "trainMatches": [os.path.basename(v) for v in train_files],
            "heldoutMatches": [os.path.basename(v) for v in heldout_files],
            "samples": counts,
            "jitter": f"crop centre = truth + N(0, {JITTER_SIGMA}) global model pixels per axis, clipped to "
                      f"+-{JITTER_MAX}; 1 global model pixel = video width/320 by height/128",
            "steps": steps,
            "batch": args.batch,
            "smallShare": args.small_share,
            "minutes": round(seconds / 60, 1),
            "threads": args.threads,
            "seed": args.seed,
            "sha256": sha,
            "metrics": metrics,
        },
    }
    with open(out + ".model.json", "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path)} bytes, sha256 {sha[:12]}) and its manifest")


def load_weights(net, path):
    own = net.state_dict()
    kept = {k: v for k, v in torch.load(path, map_location="cpu").items() if k in own and own[k].shape == v.shape}
    net.load_state_dict(kept, strict=False)
    return len(kept), len(own)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", nargs="+", required=True, help="training videos (globs)")
    parser.add_argument("--heldout", nargs="+", required=True, help="held-out videos for the manifest's metrics")
    parser.add_argument("--global", dest="global_model", required=True,
                        help="the global stage's weights (.pt), for the held-out metrics of the two stages")
    parser.add_argument("--init", help="start from these weights (.pt); default: the global stage's")
    parser.add_argument("--out", required=True, help="output path without extension")
    parser.add_argument("--minutes", type=float, default=24, help="training time (decoding and evaluation come on top)")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--width", type=int, default=8, help="channels at full resolution (as the global model)")
    parser.add_argument("--stride", type=int, default=3, help="keep every Nth frame with a visible ball")
    parser.add_argument("--hidden-stride", type=int, default=6, help="keep every Nth frame with a hidden ball")
    parser.add_argument("--random-crops", type=int, default=80, help="crops anywhere, per match")
    parser.add_argument("--small-share", type=float, default=0.6,
                        help="share of the time spent on 64x160 parts of the crops (four to a batch slot)")
    parser.add_argument("--profile-weight", type=float, default=5.0)
    parser.add_argument("--threshold", type=float, default=0.5, help="the global stage's threshold")
    parser.add_argument("--local-threshold", type=float, default=0.5)
    parser.add_argument("--gate", type=float, default=3.0,
                        help="a local peak farther than this from the global estimate (global model pixels) is ignored")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ffmpeg", default="ffmpeg")
    parser.add_argument("--eval-only", action="store_true", help="evaluate --init as the local stage; no training")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    args.init = args.init or args.global_model
    train_files = expand(args.train)
    heldout_files = expand(args.heldout)
    overlap = set(map(os.path.basename, train_files)) & set(map(os.path.basename, heldout_files))
    if overlap:
        raise SystemExit(f"held-out matches also in training: {sorted(overlap)}")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    net = BallNet(FRAMES, args.width)
    kept, total = load_weights(net, args.init)
    print(f"started from {args.init}: {kept} of {total} tensors", flush=True)
    start = time.time()
    steps, counts = 0, {}
    if not args.eval_only:
        rng = np.random.default_rng(args.seed)
        groups = {"ball": [], "other": []}
        for video in train_files:
            samples = extract(video, args.ffmpeg, rng, args.stride, args.hidden_stride, args.random_crops)
            for s in samples:
                groups["ball" if s.centre is not None and s.visible else "other"].append(s)
            size = sum(s.region.nbytes for g in groups.values() for s in g)
            print(f"cut {os.path.basename(video)}: {len(groups['ball'])} ball crops, {len(groups['other'])} others, "
                  f"{size / 2 ** 30:.2f} GiB, {(time.time() - start) / 60:.1f} min", flush=True)
        counts = {"ballCentred": len(groups["ball"]), "hiddenOrAnywhere": len(groups["other"])}
        train_start = time.time()
        steps = train(net, groups, args)
        del groups
        torch.save(net.state_dict(), args.out + ".pt")
        seconds = time.time() - train_start
    else:
        seconds = 0
    global_net = BallNet(FRAMES, args.width)
    load_weights(global_net, args.global_model)
    metrics = evaluate(global_net, net, heldout_files, args)
    print(json.dumps(metrics, indent=2), flush=True)
    export(net, args.out, metrics, args, train_files, heldout_files, steps, seconds, counts)
    print(f"done in {(time.time() - start) / 60:.1f} min")


if __name__ == "__main__":
    main()
