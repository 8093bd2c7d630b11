#!/usr/bin/env python3
"""Trains the shipped ball-heatmap model on OpenTTGames-format data and exports it as ONNX with its manifest.

The data are rendered matches (`./courtside render-demo -o DIR/NAME.mp4 --seed N`): each NAME.mp4 has a folder
NAME_openttgames/ with ball_markup.json and events_markup.json beside it. Matches listed with --heldout are never
trained on; the metrics in the manifest are measured on them.

    /usr/bin/python3 tools/train/train_ball.py --train data/train-*.mp4 --heldout data/heldout-*.mp4 \\
        --out resources/models/ball-heatmap-tt --minutes 40

Needs python3-torch, python3-onnx, python3-numpy (Debian) and an `ffmpeg` on the PATH (or --ffmpeg). Runs on a CPU;
a CUDA machine is faster (--device cuda). The build and the tests never run it.
"""
import argparse
import datetime
import glob
import hashlib
import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ball_net import BallNet  # noqa: E402

FRAMES = 5          # window length; the output describes the middle frame
TARGET = FRAMES // 2
WIDTH, HEIGHT = 320, 128
SIGMA = 1.0         # Gaussian target radius in model pixels
EVENT_SIGMA = 1.0   # frames
CROP_H, CROP_W = 64, 128


class Clip:
    """One match decoded at model size: frames [T, H, W, 3] uint8, ball in model pixels, event scores per frame."""

    def __init__(self, video, ffmpeg):
        self.video = video
        self.width, self.height, self.fps = probe(video, ffmpeg)
        self.frames = decode(video, ffmpeg)
        count = len(self.frames)
        markup = os.path.splitext(video)[0] + "_openttgames"
        ball = json.load(open(os.path.join(markup, "ball_markup.json")))
        events = json.load(open(os.path.join(markup, "events_markup.json")))
        sx, sy = WIDTH / self.width, HEIGHT / self.height
        self.ball = np.full((count, 2), -1.0, dtype=np.float32)
        self.visible = np.zeros(count, dtype=bool)
        for key, p in ball.items():
            f = int(key)
            if f < count and p["x"] >= 0 and p["y"] >= 0:
                # pixel centres map as (x + 0.5) * s - 0.5 under bilinear scaling
                self.ball[f] = ((p["x"] + 0.5) * sx - 0.5, (p["y"] + 0.5) * sy - 0.5)
                self.visible[f] = True
        self.event_frames = {"bounce": [], "net": []}
        for key, kind in events.items():
            if kind in self.event_frames:
                self.event_frames[kind].append(int(key))
        self.events = np.zeros((count, 2), dtype=np.float32)
        t = np.arange(count)
        for k, kind in enumerate(("bounce", "net")):
            for f in self.event_frames[kind]:
                self.events[:, k] = np.maximum(self.events[:, k], np.exp(-((t - f) ** 2) / (2 * EVENT_SIGMA ** 2)))

    def window(self, t):
        """The F frames centred on t as [3F, H, W] float in 0..1, RGB planes oldest first."""
        stack = np.ascontiguousarray(self.frames[t - TARGET:t - TARGET + FRAMES])          # [F, H, W, 3]
        return torch.from_numpy(stack).permute(0, 3, 1, 2).reshape(3 * FRAMES, HEIGHT, WIDTH).float() / 255.0


def probe(video, ffmpeg):
    out = subprocess.run([ffmpeg, "-hide_banner", "-i", video], capture_output=True, text=True).stderr
    for line in out.splitlines():
        if "Video:" in line:
            for part in line.split(","):
                part = part.strip().split(" ")[0]
                if "x" in part and part.replace("x", "").isdigit():
                    w, h = part.split("x")
                    fps = next(float(s.split(" ")[0]) for s in line.split(", ") if s.endswith(" fps"))
                    return int(w), int(h), fps
    raise SystemExit(f"cannot read the size of {video}: {out[-300:]}")


def decode(video, ffmpeg):
    """Frames at model size, scaled the way Courtside's decoder scales them (libswscale, bilinear)."""
    raw = subprocess.run([ffmpeg, "-v", "error", "-i", video, "-vf", f"scale={WIDTH}:{HEIGHT}:flags=bilinear",
                          "-pix_fmt", "rgb24", "-f", "rawvideo", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(-1, HEIGHT, WIDTH, 3)


def gaussian_target(ball, visible, height, width, sigma=SIGMA):
    """[N, H, W] heatmap targets: a Gaussian at the ball, zero where it is not visible; and the peak pixel mask."""
    ys = torch.arange(height, dtype=torch.float32, device=ball.device).view(1, height, 1)
    xs = torch.arange(width, dtype=torch.float32, device=ball.device).view(1, 1, width)
    bx = ball[:, 0].view(-1, 1, 1)
    by = ball[:, 1].view(-1, 1, 1)
    on = visible.view(-1, 1, 1).float()
    g = torch.exp(-((xs - bx) ** 2 + (ys - by) ** 2) / (2 * sigma ** 2)) * on
    peak = ((xs - bx.round()).abs() < 0.5) & ((ys - by.round()).abs() < 0.5)
    return g, peak.float() * on


def profile_target(ball, visible, length, axis, sigma=SIGMA):
    """1-D Gaussian targets of the exported x (axis 0) or y (axis 1) profile."""
    positions = torch.arange(length, dtype=torch.float32, device=ball.device).view(1, length)
    g = torch.exp(-((positions - ball[:, axis].view(-1, 1)) ** 2) / (2 * sigma ** 2))
    return g * visible.view(-1, 1).float()


def focal_loss(logits, target, peak):
    """CenterNet's penalty-reduced focal loss on a Gaussian target."""
    p = torch.sigmoid(logits).clamp(1e-4, 1 - 1e-4)
    pos_loss = torch.log(p) * (1 - p) ** 2 * peak
    neg_loss = torch.log(1 - p) * p ** 2 * (1 - target) ** 4 * (1 - peak)
    count = peak.sum().clamp(min=1)
    return -(pos_loss.sum() + neg_loss.sum()) / count


def profile_loss(logits, ball, visible, sigma=SIGMA):
    """TTNet's loss on what the model exports: BCE of the max-projected profiles against 1-D Gaussians."""
    loss = 0
    for axis, dim in ((0, 1), (1, 2)):
        profile = torch.amax(logits, dim=dim)
        target = profile_target(ball, visible, profile.shape[1], axis, sigma)
        weight = 1 + 20 * target
        loss = loss + F.binary_cross_entropy_with_logits(profile, target, weight=weight)
    return loss


def make_batch(clips, rng, size, crop, positive_share=0.75):
    xs, balls, vis, events = [], [], [], []
    for _ in range(size):
        clip = clips[rng.integers(len(clips))]
        count = len(clip.frames)
        if rng.random() < positive_share:
            candidates = np.flatnonzero(clip.visible[TARGET:count - TARGET]) + TARGET
            if rng.random() < 0.3:   # windows around events are rare; show them more often
                near = np.flatnonzero(clip.events[TARGET:count - TARGET].max(1) > 0.3) + TARGET
                candidates = near if len(near) else candidates
            t = int(candidates[rng.integers(len(candidates))])
        else:
            t = int(rng.integers(TARGET, count - TARGET))
        x = clip.window(t)
        b = torch.from_numpy(clip.ball[t].copy())
        v = bool(clip.visible[t])
        if crop:
            if v and rng.random() < 0.85:
                x0 = int(np.clip(b[0] - rng.integers(8, CROP_W - 8), 0, WIDTH - CROP_W))
                y0 = int(np.clip(b[1] - rng.integers(8, CROP_H - 8), 0, HEIGHT - CROP_H))
            else:
                x0 = int(rng.integers(0, WIDTH - CROP_W + 1))
                y0 = int(rng.integers(0, HEIGHT - CROP_H + 1))
            x = x[:, y0:y0 + CROP_H, x0:x0 + CROP_W]
            b = b - torch.tensor([x0, y0], dtype=torch.float32)
            v = v and 0 <= b[0] <= CROP_W - 1 and 0 <= b[1] <= CROP_H - 1
        if rng.random() < 0.5:
            x = torch.flip(x, dims=[2])
            b = torch.tensor([x.shape[2] - 1 - b[0], b[1]])
        gain = 0.8 + 0.4 * rng.random()
        x = (x * gain).clamp(0, 1)
        xs.append(x)
        balls.append(b)
        vis.append(v)
        events.append(torch.from_numpy(clip.events[t].copy()))
    return torch.stack(xs), torch.stack(balls), torch.tensor(vis), torch.stack(events)


def train(net, clips, args, device):
    rng = np.random.default_rng(args.seed)
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    budget = args.minutes * 60
    start = time.time()
    step = 0
    while True:
        elapsed = time.time() - start
        if elapsed > budget:
            break
        crop = elapsed < budget * args.crop_share
        lr = args.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, elapsed / budget)))
        for group in opt.param_groups:
            group["lr"] = lr
        x, b, v, e = make_batch(clips, rng, args.batch if crop else max(2, args.batch // 4), crop,
                                1 - args.negative_share)
        x, b, v, e = x.to(device), b.to(device), v.to(device), e.to(device)
        net.train()
        logits, event_logits = net.forward_maps(x)
        target, peak_mask = gaussian_target(b, v, logits.shape[1], logits.shape[2])
        heat = focal_loss(logits, target, peak_mask) + args.profile_weight * profile_loss(logits, b, v)
        ev = F.binary_cross_entropy_with_logits(event_logits, e, pos_weight=torch.tensor([4.0, 8.0], device=device))
        loss = heat + args.event_weight * ev
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        if step % 50 == 0:
            print(f"step {step:6d}  {elapsed / 60:5.1f} min  {'crop' if crop else 'full'}  lr {lr:.5f}  "
                  f"heat {heat.item():.4f}  events {ev.item():.4f}", flush=True)
    return step


def peak(row, start, length):
    """Argmax refined by the centroid of +-2 values, as Courtside's HeatmapDecoder does."""
    seg = row[start:start + length]
    i = int(np.argmax(seg))
    lo, hi = max(0, i - 2), min(length, i + 3)
    w = seg[lo:hi]
    return float((w * np.arange(lo, hi)).sum() / max(w.sum(), 1e-9)), float(seg[i])


@torch.no_grad()
def evaluate(net, clips, device, threshold):
    """Per-frame figures of the bare model (no tracker) on held-out matches, at full resolution."""
    net.eval()
    errors, detected, visible, false_pos, empty = [], 0, 0, 0, 0
    bounce_hits, bounce_total, bounce_found, bounce_right = 0, 0, 0, 0
    for clip in clips:
        count = len(clip.frames)
        scores = np.zeros((count, 2), dtype=np.float32)
        sx, sy = clip.width / WIDTH, clip.height / HEIGHT
        for t in range(TARGET, count - TARGET):
            out, ev = net(clip.window(t).unsqueeze(0).to(device))
            row = out[0].cpu().numpy()
            scores[t] = ev[0].cpu().numpy()
            x, cx = peak(row, 0, WIDTH)
            y, cy = peak(row, WIDTH, HEIGHT)
            found = min(cx, cy) >= threshold
            if clip.visible[t]:
                visible += 1
                if found:
                    tx, ty = clip.ball[t]
                    d = math.hypot((x - tx) * sx, (y - ty) * sy)
                    if d <= 10:
                        detected += 1
                        errors.append(d)
                    else:
                        false_pos += 1
            else:
                empty += 1
                if found:
                    false_pos += 1
        tolerance = max(1, round(2 * clip.fps / 120))
        picked = pick_events(scores[:, 0], 0.5, tolerance + 1)
        truth = clip.event_frames["bounce"]
        bounce_total += len(truth)
        bounce_hits += sum(1 for f in truth if any(abs(f - p) <= tolerance for p in picked))
        bounce_found += len(picked)
        bounce_right += sum(1 for p in picked if any(abs(f - p) <= tolerance for f in truth))
    return {
        "frames": int(visible + empty),
        "visibleFrames": int(visible),
        "detectionRate": round(detected / max(visible, 1), 4),
        "rmsePx": round(float(np.sqrt(np.mean(np.square(errors)))), 3) if errors else None,
        "falsePositiveRate": round(false_pos / max(visible + empty, 1), 4),
        "bouncePce": round(bounce_hits / max(bounce_total, 1), 4),
        "bouncePrecision": round(bounce_right / max(bounce_found, 1), 4),
        "threshold": threshold,
        "note": "bare model, one window per frame, no tracker; full-resolution pixels; a detection counts within 10 px",
    }


def pick_events(score, threshold, gap):
    picked = []
    for t in range(1, len(score) - 1):
        if score[t] >= threshold and score[t] >= score[t - 1] and score[t] > score[t + 1]:
            if not picked or t - picked[-1] > gap:
                picked.append(t)
    return picked


def export(net, out, metrics, args, train_clips, heldout_clips, steps, seconds):
    net.eval().cpu()
    onnx_path = out + ".onnx"
    dummy = torch.zeros(1, 3 * FRAMES, HEIGHT, WIDTH)
    torch.onnx.export(net, dummy, onnx_path, input_names=["frames"], output_names=["heatmap", "events"],
                      dynamic_axes={"frames": {0: "N"}, "heatmap": {0: "N"}, "events": {0: "N"}}, opset_version=13)
    sha = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()
    params = sum(p.numel() for p in net.parameters())
    manifest = {
        "name": os.path.basename(out),
        "task": "ball-heatmap",
        "version": datetime.date.today().isoformat(),
        "description": "Table-tennis ball heatmaps (TTNet global-stage contract) with a bounce/net event head; "
                       f"{params} parameters, trained on rendered matches.",
        "frames": FRAMES,
        "targetFrame": TARGET,
        "inputWidth": WIDTH,
        "inputHeight": HEIGHT,
        "colorOrder": "RGB",
        "normalization": {"scale": 255.0},
        "threshold": args.threshold,
        "inputs": [{"name": "frames", "type": "float32", "shape": [-1, 3 * FRAMES, HEIGHT, WIDTH]}],
        "outputs": [
            {"name": "heatmap", "type": "float32", "shape": [-1, WIDTH + HEIGHT],
             "meaning": "x heatmap (width values) then y heatmap (height values), sigmoid, for the middle frame"},
            {"name": "events", "type": "float32", "shape": [-1, 2],
             "meaning": "bounce and net scores for the middle frame, sigmoid"}],
        "labels": ["bounce", "net"],
        "training": {
            "script": "tools/train/train_ball.py",
            "data": "OpenTTGames-format markup of matches rendered by `courtside render-demo`",
            "trainMatches": [os.path.basename(c.video) for c in train_clips],
            "heldoutMatches": [os.path.basename(c.video) for c in heldout_clips],
            "steps": steps,
            "minutes": round(seconds / 60, 1),
            "device": args.device,
            "seed": args.seed,
            "sha256": sha,
            "metrics": metrics,
        },
    }
    with open(out + ".model.json", "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {onnx_path} ({os.path.getsize(onnx_path)} bytes, sha256 {sha[:12]}) and its manifest")


def expand(patterns):
    files = sorted(f for p in patterns for f in glob.glob(p))
    if not files:
        raise SystemExit(f"no videos match {patterns}")
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", nargs="+", required=True, help="training videos (globs)")
    parser.add_argument("--heldout", nargs="+", required=True, help="held-out videos for the manifest's metrics")
    parser.add_argument("--out", required=True, help="output path without extension")
    parser.add_argument("--minutes", type=float, default=40)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--width", type=int, default=8, help="channels at full resolution")
    parser.add_argument("--crop-share", type=float, default=0.8, help="share of the time spent on crops")
    parser.add_argument("--event-weight", type=float, default=0.5)
    parser.add_argument("--negative-share", type=float, default=0.25,
                        help="share of windows drawn from anywhere (mostly ball-free: hands and rackets between rallies)")
    parser.add_argument("--profile-weight", type=float, default=5.0)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ffmpeg", default="ffmpeg")
    parser.add_argument("--init", help="start from these weights (.pt)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    train_files = expand(args.train)
    print(f"decoding {len(train_files)} training matches", flush=True)
    train_clips = [Clip(v, args.ffmpeg) for v in train_files]
    net = BallNet(FRAMES, args.width).to(args.device)
    if args.init:
        # Start from earlier weights; layers whose shape changed since start afresh.
        own = net.state_dict()
        kept = {k: v for k, v in torch.load(args.init, map_location=args.device).items()
                if k in own and own[k].shape == v.shape}
        net.load_state_dict(kept, strict=False)
        print(f"started from {args.init}: {len(kept)} of {len(own)} tensors", flush=True)
    start = time.time()
    steps = train(net, train_clips, args, args.device)
    seconds = time.time() - start
    torch.save(net.state_dict(), args.out + ".pt")
    heldout_files = expand(args.heldout)   # globbed only now, so they may be rendered while training runs
    overlap = set(map(os.path.basename, train_files)) & set(map(os.path.basename, heldout_files))
    if overlap:
        raise SystemExit(f"held-out matches also in training: {sorted(overlap)}")
    print(f"decoding {len(heldout_files)} held-out matches", flush=True)
    heldout_clips = [Clip(v, args.ffmpeg) for v in heldout_files]
    metrics = evaluate(net, heldout_clips, args.device, args.threshold)
    print(json.dumps(metrics, indent=2))
    export(net, args.out, metrics, args, train_clips, heldout_clips, steps, seconds)


if __name__ == "__main__":
    main()
