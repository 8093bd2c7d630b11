package com.courtside.e2e.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.people.PersonBox;
import com.courtside.inference.people.PersonBoxesModel;
import com.courtside.inference.shooter.PlayerAnalysis;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.synth.basketball.BasketballResult;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Find the Players on a rendered basketball scene it never saw, through FFmpeg and the bundled detector on the CPU:
 * each of the ten players keeps one track over most of the frames he is found on (so a slot given once holds), and
 * the kit teams put the attackers in one team and the defenders in the other.
 */
class PlayerAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void eachPlayerKeepsHisTrackAndTheKitsSplitTheTeams() throws Exception {
        BasketballResult scene = new BasketballRenderer().renderScenes(
                BasketballOptions.scene().withSize(640, 360).withSeed(5151), 1, dir.resolve("s.mp4"),
                ProgressListener.NONE).get(0);
        Path onnx = BundledModels.resolve(BundledModels.DEFAULT_PEOPLE, dir.resolve("models")).orElseThrow();
        OpenedVideo video = new VideoProbe(null, 2).open(scene.video(), ProgressListener.NONE);
        TrackedPeople found;
        try (PersonBoxesModel model = PersonBoxesModel.open(onnx, Device.CPU, 2)) {
            found = PlayerAnalysis.run(video, model, 2, ProgressListener.NONE);
        }
        PersonBoxes truth = scene.truth().people();
        PersonBoxes boxes = found.boxes();
        // For each true player, how often each found track covered him; and the team his boxes were given.
        Map<PlayerSlot, Map<Integer, Integer>> tracksOf = new HashMap<>();
        Map<PlayerSlot, int[]> teamsOf = new HashMap<>();
        for (int f = 0; f < video.facts().frameCount(); f++) {
            for (int j = truth.first(f); j < truth.end(f); j++) {
                PlayerSlot slot = truth.slot(j);
                if (slot.offenceIndex() < 0 && !slot.isDefence()) {
                    continue;
                }
                int best = bestMatch(boxes, f, truth, j);
                if (best >= 0) {
                    tracksOf.computeIfAbsent(slot, s -> new HashMap<>()).merge(boxes.track(best), 1, Integer::sum);
                    byte team = found.teams()[best];
                    if (team >= 0) {
                        teamsOf.computeIfAbsent(slot, s -> new int[2])[team]++;
                    }
                }
            }
        }
        assertThat(tracksOf).as("all ten players found").hasSize(10);
        int kept = 0;
        int seen = 0;
        for (var e : tracksOf.entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int top = e.getValue().values().stream().mapToInt(Integer::intValue).max().orElse(0);
            System.out.printf("%s: found on %d frames, %.0f %% of them in track %s%n", e.getKey().wireName(), total,
                    100.0 * top / total, e.getValue());
            kept += top;
            seen += total;
        }
        double identity = kept / (double) seen;
        int[] offence = new int[2];
        int[] defence = new int[2];
        teamsOf.forEach((slot, votes) -> {
            int[] side = slot.isDefence() ? defence : offence;
            side[0] += votes[0];
            side[1] += votes[1];
        });
        int offenceTeam = offence[1] > offence[0] ? 1 : 0;
        double teamRight = (offence[offenceTeam] + defence[1 - offenceTeam])
                / (double) (offence[0] + offence[1] + defence[0] + defence[1]);
        System.out.printf("players kept in their main track %.3f of their frames; kit team right %.3f%n", identity,
                teamRight);
        assertThat(identity).isGreaterThanOrEqualTo(0.8);
        assertThat(teamRight).isGreaterThanOrEqualTo(0.9);
    }

    private static int bestMatch(PersonBoxes found, int f, PersonBoxes truth, int j) {
        PersonBox t = new PersonBox(truth.x(j), truth.y(j), truth.width(j), truth.height(j), 1);
        int best = -1;
        float bestIou = 0.5f;
        for (int i = found.first(f); i < found.end(f); i++) {
            float iou = new PersonBox(found.x(i), found.y(i), found.width(i), found.height(i), 1).iou(t);
            if (iou >= bestIou) {
                bestIou = iou;
                best = i;
            }
        }
        return best;
    }
}
