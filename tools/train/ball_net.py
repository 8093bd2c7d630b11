"""The shipped ball-heatmap network: a small encoder-decoder over F stacked frames.

Input  [N, 3*F, H, W] RGB/255, frames oldest first (the ball-heatmap contract of DESIGN.md).
Output "heatmap" [N, W+H]: sigmoid x profile then y profile, each the max over the other axis of a 2-D logit map,
       "events"  [N, 2]: sigmoid bounce and net scores for the window's middle frame.
Training uses the 2-D logits directly (focal loss on a Gaussian target); the export keeps the contract.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


def block(cin, cout, stride=1):
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class BallNet(nn.Module):
    """About 0.2 GMAC per window at 128x320: full resolution carries only 8 channels, depth lives at 1/8."""

    def __init__(self, frames=5, width=8):
        super().__init__()
        c = width
        self.frames = frames
        self.mix = nn.Sequential(nn.Conv2d(3 * frames, c, 1, bias=False), nn.BatchNorm2d(c), nn.ReLU(inplace=True))
        self.e1 = block(c, c)                                            # H x W
        self.e2 = block(c, 2 * c, 2)                                     # H/2
        self.e3 = nn.Sequential(block(2 * c, 4 * c, 2), block(4 * c, 4 * c))  # H/4
        self.e4 = nn.Sequential(block(4 * c, 8 * c, 2), block(8 * c, 8 * c))  # H/8
        self.r4 = nn.Conv2d(8 * c, 4 * c, 1)
        self.d3 = block(4 * c, 4 * c)
        self.r3 = nn.Conv2d(4 * c, 2 * c, 1)
        self.d2 = block(2 * c, 2 * c)
        self.r2 = nn.Conv2d(2 * c, c, 1)
        self.d1 = block(c, c)
        self.head = nn.Conv2d(c, 1, 1)
        self.events = nn.Sequential(block(8 * c, 8 * c), nn.Conv2d(8 * c, 32, 1), nn.ReLU(inplace=True))
        self.event_fc = nn.Linear(64 + 8 * c, 2)

    def forward_maps(self, x):
        x = self.mix(x)
        f1 = self.e1(x)
        f2 = self.e2(f1)
        f3 = self.e3(f2)
        f4 = self.e4(f3)
        u3 = self.d3(F.interpolate(self.r4(f4), scale_factor=2.0, mode="nearest") + f3)
        u2 = self.d2(F.interpolate(self.r3(u3), scale_factor=2.0, mode="nearest") + f2)
        u1 = self.d1(F.interpolate(self.r2(u2), scale_factor=2.0, mode="nearest") + f1)
        logits = self.head(u1)[:, 0]                       # [N, H, W]
        e = self.events(f4)
        # Attention at the ball: the heatmap, pooled to the 1/8 grid, weights the deep features, so the event
        # head looks at the ball's motion rather than at the whole frame.
        att = F.max_pool2d(logits.detach().unsqueeze(1), 8)              # [N, 1, H/8, W/8]
        att = torch.softmax(att.flatten(2), dim=2).view_as(att)
        at_ball = (f4 * att).sum(dim=(2, 3))                             # [N, 8c]
        pooled = torch.cat([F.adaptive_max_pool2d(e, 1).flatten(1), F.adaptive_avg_pool2d(e, 1).flatten(1), at_ball], 1)
        return logits, self.event_fc(pooled)               # event logits [N, 2]

    def forward(self, x):
        logits, event_logits = self.forward_maps(x)
        xs = torch.amax(logits, dim=1)                     # [N, W]
        ys = torch.amax(logits, dim=2)                     # [N, H]
        return torch.sigmoid(torch.cat([xs, ys], 1)), torch.sigmoid(event_logits)


if __name__ == "__main__":
    import time
    torch.set_num_threads(2)
    for w in (8, 12):
        net = BallNet(5, w)
        n = sum(p.numel() for p in net.parameters())
        x = torch.rand(1, 15, 128, 320)
        net.eval()
        with torch.no_grad():
            for _ in range(3):
                net(x)
            t = time.time()
            for _ in range(10):
                net(x)
        inf = (time.time() - t) / 10
        net.train()
        xb = torch.rand(16, 15, 128, 320)
        t = time.time()
        for _ in range(2):
            l, e = net.forward_maps(xb)
            (l.mean() + e.mean()).backward()
        tr = (time.time() - t) / 2 / 16
        print(f"width {w}: {n} params, infer {inf*1000:.1f} ms, train {tr*1000:.1f} ms/sample")
