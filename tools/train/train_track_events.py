#!/usr/bin/env python3
"""Trains the track-event model (`ball-events`): bounces and nets read off the whole ball track and the ball
model's event-head scores, for the bounces the head cannot see (the ball bounces behind a player).

Data: for each rendered match NAME, `NAME.truth.json` (written by `courtside render-demo`) in --truth and
`NAME.json` in --analyses, written by

    ./courtside analyze NAME.mp4 --no-cache --no-project --game-state none --json analyses/NAME.json

with a ball model that has an event head (the JSON then carries "event_scores"). The input channels are the ones
Courtside computes (TrackEventModel.FEATURES); change one here and there together.

The model is a small dilated 1-D convolution over the sequence (about 0.5 s of context each side). Several seeds
are trained and exported as one ONNX graph that averages them. The event threshold is chosen on the --val
matches; the figures in the manifest are measured on the --held-out matches, which are never trained on.

    python3 tools/train/train_track_events.py --truth data --analyses analyses \
        --train 'train-*' --val train-113,train-114 --held-out heldout-901,heldout-902 \
        --out resources/models/ball-events-tt.onnx

Debian's python3-torch 1.13 on a CPU is enough: a seed of 8000 steps takes about 2.5 minutes on one core.
"""
import argparse
import fnmatch
import hashlib
import json
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

FEATURES = ["detected", "predicted", "x", "y", "vx", "vy", "v_ok", "ax", "ay", "a_ok", "bounce_score", "net_score"]
KINDS = ["bounce", "net"]
MODEL_FPS = 30.0
DIFF_SCALE = 10.0


def load_match(truth_dir, analyses_dir, name):
    with open(os.path.join(analyses_dir, name + ".json")) as f:
        analysis = json.load(f)
    with open(os.path.join(truth_dir, name + ".truth.json")) as f:
        truth = json.load(f)
    if "event_scores" not in analysis:
        sys.exit(f"{name}.json has no event_scores: analyse it with a ball model that has an event head, "
                 f"and --no-cache")
    info = analysis["video_info"]
    n = analysis["total_frames"]
    step = max(1, round(info["fps"] / MODEL_FPS))
    has = np.zeros(n, bool)
    pred = np.zeros(n, bool)
    x = np.zeros(n)
    y = np.zeros(n)
    for p in analysis["trajectory"]:
        f = p["frame"]
        has[f] = True
        pred[f] = p.get("predicted", False)
        x[f] = p["x"] / info["width"]
        y[f] = p["y"] / info["height"]
    scores = [np.array(analysis["event_scores"].get(k, [0.0] * n), float) for k in KINDS]
    labels = np.zeros((len(KINDS), (n + step - 1) // step), np.float32)
    for e in truth["events"]:
        if e["kind"] in KINDS and e["frame"] < n:
            labels[KINDS.index(e["kind"]), round(e["frame"] / step)] = 1
    sampled = slice(0, n, step)
    raw = (has[sampled], pred[sampled], x[sampled], y[sampled], scores[0][sampled], scores[1][sampled])
    truth_frames = {k: sorted(e["frame"] for e in truth["events"] if e["kind"] == k) for k in KINDS}
    return dict(name=name, raw=raw, labels=labels, step=step, truth=truth_frames)


def features(has, pred, x, y, bounce, net):
    """The input channels, as TrackEventModel.features computes them."""
    n = len(has)
    det = has & ~pred
    x = np.where(det, x, 0.0)
    y = np.where(det, y, 0.0)
    v_ok = np.zeros(n)
    v_ok[1:] = det[1:] & det[:-1]
    vx = np.zeros(n)
    vy = np.zeros(n)
    vx[1:] = DIFF_SCALE * (x[1:] - x[:-1]) * v_ok[1:]
    vy[1:] = DIFF_SCALE * (y[1:] - y[:-1]) * v_ok[1:]
    a_ok = np.zeros(n)
    a_ok[1:-1] = det[2:] & det[1:-1] & det[:-2]
    ax = np.zeros(n)
    ay = np.zeros(n)
    ax[1:-1] = DIFF_SCALE * (x[2:] - 2 * x[1:-1] + x[:-2]) * a_ok[1:-1]
    ay[1:-1] = DIFF_SCALE * (y[2:] - 2 * y[1:-1] + y[:-2]) * a_ok[1:-1]
    return np.stack([det, has & pred, x, y, vx, vy, v_ok, ax, ay, a_ok, bounce, net]).astype(np.float32)


def augment(raw):
    """A mirrored court, a camera a little higher or lower, jitter, a few detections hidden, a head more or less
    sure: what other matches and other footage vary in."""
    has, pred, x, y, bounce, net = [a.copy() for a in raw]
    n = len(has)
    if random.random() < 0.5:
        x = np.where(has, 1 - x, 0)
    scale, shift = random.uniform(0.9, 1.1), random.uniform(-0.05, 0.05)
    y = np.where(has, y * scale + shift, 0)
    x = np.where(has, x + np.random.normal(0, 0.001, n), 0)
    y = np.where(has, y + np.random.normal(0, 0.001, n), 0)
    for _ in range(random.randint(0, 4)):
        start, length = random.randrange(n), random.randint(1, 4)
        if has[start] and not pred[start]:
            for i in range(start, min(n, start + length)):
                pred[i] = pred[i] or has[i]
    gain = random.uniform(0.8, 1.2)
    bounce = np.clip(bounce * gain + np.random.normal(0, 0.03, n), 0, 1)
    net = np.clip(net * gain + np.random.normal(0, 0.03, n), 0, 1)
    return has, pred, x, y, bounce, net


class TrackEvents(nn.Module):
    def __init__(self, hidden=32, dilations=(1, 2, 4, 8), dropout=0.1):
        super().__init__()
        layers, channels = [], len(FEATURES)
        for d in dilations:
            layers += [nn.Conv1d(channels, hidden, 3, padding=d, dilation=d), nn.ReLU(), nn.Dropout(dropout)]
            channels = hidden
        layers.append(nn.Conv1d(hidden, len(KINDS), 1))
        self.body = nn.Sequential(*layers)

    def forward(self, track):
        return self.body(track)


class Ensemble(nn.Module):
    """The seeds' mean probability: what ships."""

    def __init__(self, nets):
        super().__init__()
        self.nets = nn.ModuleList(nets)

    def forward(self, track):
        return torch.stack([torch.sigmoid(n(track)) for n in self.nets]).mean(0)


def pick_peaks(scores, threshold, min_gap):
    """EventPeaks.pick: local maxima at or above the threshold, min_gap apart, the higher one winning."""
    peaks = []
    for t, s in enumerate(scores):
        if s < threshold:
            continue
        if not ((t == 0 or s >= scores[t - 1]) and (t == len(scores) - 1 or s > scores[t + 1])):
            continue
        if peaks and t - peaks[-1] < min_gap:
            if s > scores[peaks[-1]]:
                peaks[-1] = t
            continue
        peaks.append(t)
    return peaks


def middle(scores, peak, reach, share=0.75):
    """TrackModelEvents.middle: the score-weighted mean frame of the stretch around a peak."""
    floor = share * scores[peak]
    lo = peak
    while lo > 0 and peak - lo < reach and scores[lo - 1] >= floor:
        lo -= 1
    hi = peak
    while hi + 1 < len(scores) and hi - peak < reach and scores[hi + 1] >= floor:
        hi += 1
    w = scores[lo:hi + 1]
    return int(np.floor((np.arange(lo, hi + 1) * w).sum() / w.sum() + 0.5))


def matched(found, truth, tolerance):
    used, hits = set(), 0
    for f in sorted(found):
        best = None
        for i, t in enumerate(truth):
            if i not in used and abs(t - f) <= tolerance and (best is None or abs(t - f) < abs(truth[best] - f)):
                best = i
        if best is not None:
            used.add(best)
            hits += 1
    return hits


def measure(model, matches, threshold):
    """Bare-model figures per kind: events found, true, matched within +-1 frame at 30 fps."""
    totals = {k: [0, 0, 0] for k in KINDS}
    model.eval()
    for m in matches:
        with torch.no_grad():
            p = model(torch.from_numpy(features(*m["raw"]))[None])[0].numpy()
        has = m["raw"][0]
        for k, kind in enumerate(KINDS):
            gap = round((0.15 if kind == "bounce" else 0.25) * MODEL_FPS)
            reach = round(0.14 * MODEL_FPS)
            centred = [middle(p[k], f, reach) for f in pick_peaks(p[k], threshold, gap)]
            found = [f * m["step"] for f in centred if has[max(0, f - 3):f + 4].any()]
            t = totals[kind]
            t[0] += len(found)
            t[1] += len(m["truth"][kind])
            t[2] += matched(found, m["truth"][kind], max(1, round(2 * MODEL_FPS * m["step"] / 120)))
    return totals


def soft_labels(labels, neighbour=0.5):
    """The frame of an event is 1 and its neighbours 0.5: within the +-1 frame PCE counts, the model need not
    guess which of three frames the truth rounded to."""
    soft = labels.copy()
    soft[:, 1:] = np.maximum(soft[:, 1:], neighbour * labels[:, :-1])
    soft[:, :-1] = np.maximum(soft[:, :-1], neighbour * labels[:, 1:])
    return torch.from_numpy(soft)[None]


def train_one(matches, seed, steps, hidden):
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    net = TrackEvents(hidden)
    opt = torch.optim.Adam(net.parameters(), 2e-3, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    window = 256
    for it in range(steps):
        m = random.choice(matches)
        raw = augment(m["raw"])
        start = random.randrange(0, len(raw[0]) - window)
        x = torch.from_numpy(features(*[a[start:start + window] for a in raw]))[None]
        y = soft_labels(m["labels"][:, start:start + window])
        loss = nn.functional.binary_cross_entropy_with_logits(net(x), y, weight=1 + 20 * y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        schedule.step()
        if (it + 1) % 2000 == 0:
            print(f"  seed {seed} step {it + 1}: loss {loss.item():.4f}", flush=True)
    return net.eval()


def f1(t):
    found, truth, hit = t
    return 2 * hit / max(1, found + truth)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", required=True, help="folder of NAME.truth.json")
    ap.add_argument("--analyses", required=True, help="folder of NAME.json from `courtside analyze --json`")
    ap.add_argument("--train", default="train-*", help="glob of training match names")
    ap.add_argument("--val", default="", help="comma-separated matches that choose the threshold")
    ap.add_argument("--held-out", default="", help="comma-separated matches the manifest's figures come from")
    ap.add_argument("--seeds", type=int, default=5, help="seeds 1..N are trained and averaged")
    ap.add_argument("--only-seeds", default="", help="train just these seeds (e.g. 1,3,5) into --weights and stop: "
                    "run several at once on a machine with cores to spare, then once more without it to export")
    ap.add_argument("--weights", default="", help="folder that keeps each seed's weights (seed-N.pt): a seed "
                    "found there is loaded, not trained again")
    ap.add_argument("--steps", type=int, default=8000)
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--out", default="resources/models/ball-events-tt.onnx")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    names = sorted(f[:-5] for f in os.listdir(args.analyses) if f.endswith(".json"))
    val = [v for v in args.val.split(",") if v]
    held = [v for v in args.held_out.split(",") if v]
    train = [n for n in names if fnmatch.fnmatch(n, args.train) and n not in val and n not in held]
    if not train:
        sys.exit("no training matches: check --analyses and --train")
    print("train:", ", ".join(train))
    print("val:", ", ".join(val), "· held out:", ", ".join(held))
    train_m = [load_match(args.truth, args.analyses, n) for n in train]
    val_m = [load_match(args.truth, args.analyses, n) for n in val]
    held_m = [load_match(args.truth, args.analyses, n) for n in held]

    seconds = 0.0
    only = [int(v) for v in args.only_seeds.split(",") if v]
    nets = []
    for seed in only or range(1, args.seeds + 1):
        kept = os.path.join(args.weights, f"seed-{seed}.pt") if args.weights else None
        if kept and os.path.exists(kept):
            saved = torch.load(kept)
            net = TrackEvents(args.hidden)
            net.load_state_dict(saved["state"])
            nets.append(net.eval())
            seconds += saved["seconds"]
            print(f"  seed {seed}: loaded from {kept} (trained in {saved['seconds'] / 60:.1f} min)")
            continue
        start = time.time()
        nets.append(train_one(train_m, seed, args.steps, args.hidden))
        seconds += time.time() - start
        if kept:
            os.makedirs(args.weights, exist_ok=True)
            torch.save({"state": nets[-1].state_dict(), "seconds": time.time() - start}, kept)
    if only:
        print("trained seeds", only, "into", args.weights)
        return
    model = Ensemble(nets).eval()
    minutes = seconds / 60

    threshold = 0.5
    if val_m:
        best = max((f1(measure(model, val_m, t)["bounce"]), t) for t in np.arange(0.2, 0.81, 0.05))
        threshold = round(float(best[1]), 2)
    print(f"threshold {threshold} (val bounce F1 {f1(measure(model, val_m, threshold)['bounce']):.3f})"
          if val_m else "threshold 0.5 (no --val)")

    metrics = {}
    for m in held_m:
        figures = measure(model, [m], threshold)
        metrics[m["name"]] = {
            f"{k}Pce": round(figures[k][2] / max(1, figures[k][1]), 4) for k in KINDS} | {
            f"{k}Precision": round(figures[k][2] / max(1, figures[k][0]), 4) for k in KINDS}
        print(m["name"], figures)

    out = args.out
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    dummy = torch.zeros(1, len(FEATURES), 64)
    torch.onnx.export(model, dummy, out, input_names=["track"], output_names=["events"],
                      dynamic_axes={"track": {2: "steps"}, "events": {2: "steps"}}, opset_version=13)
    with open(out, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    parameters = sum(p.numel() for p in model.parameters())
    manifest = {
        "name": os.path.basename(out)[:-5],
        "task": "ball-events",
        "version": time.strftime("%Y-%m-%d"),
        "description": f"Bounces and nets read off the ball track and the event head's scores; {args.seeds} "
                       f"seeds averaged, {parameters} parameters, trained on rendered matches.",
        "fps": MODEL_FPS,
        "features": FEATURES,
        "threshold": threshold,
        "inputs": [{"name": "track", "type": "float32", "shape": [1, len(FEATURES), -1],
                    "meaning": "the features, one column per step at fps"}],
        "outputs": [{"name": "events", "type": "float32", "shape": [1, len(KINDS), -1],
                     "meaning": "bounce and net probability per step"}],
        "labels": KINDS,
        "training": {
            "script": "tools/train/train_track_events.py",
            "data": "`courtside analyze --json` of matches rendered by `courtside render-demo`, with their truth",
            "trainMatches": train, "valMatches": val, "heldoutMatches": held,
            "seeds": args.seeds, "steps": args.steps, "hidden": args.hidden,
            "minutes": round(minutes, 1), "minutesNote": "the seeds' training time added up", "device": "cpu", "sha256": sha,
            "metrics": metrics,
            "metricsNote": "bare model: its peaks alone, a ball on the track within 0.1 s, within +-1 frame",
        },
    }
    with open(out[:-5] + ".model.json", "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print("wrote", out, "and its manifest;", parameters, "parameters")


if __name__ == "__main__":
    main()
