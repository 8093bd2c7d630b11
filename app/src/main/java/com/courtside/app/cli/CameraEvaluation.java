package com.courtside.app.cli;

import com.courtside.inference.camera.CameraPlanner;
import com.courtside.inference.camera.CentringCamera;
import com.courtside.inference.camera.FixedWideCamera;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.eval.CameraMetrics;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code courtside evaluate VIDEO --camera}: the follow-cam with its default settings beside the centring camera
 * and the fixed wide shot, each driven once by the analysis's ball and once by the true ball. Whichever ball drives
 * it, a camera is judged against the true ball: whether the real ball was in the shot, and how far behind it the
 * shot ran. The target: the ball inside in at least 99 % of the frames that show it, with at most a fifth of the
 * centring camera's mean jerk.
 */
final class CameraEvaluation {

    static final double MIN_INSIDE = 0.99;
    static final double MAX_JERK_RATIO = 0.2;

    /** The three cameras driven by one ball, measured against the truth. */
    record Section(String drivenBy, CameraMetrics ours, CameraMetrics centring, CameraMetrics wide) {

        double jerkRatio() {
            return centring.meanJerk() > 0 ? ours.meanJerk() / centring.meanJerk() : Double.NaN;
        }

        boolean targetMet() {
            return ours.insideShare() >= MIN_INSIDE && jerkRatio() <= MAX_JERK_RATIO;
        }
    }

    /** Reads {@code --aspect} when the command line is parsed, so a wrong one stops before the analysis. */
    static final class AspectConverter implements CommandLine.ITypeConverter<Aspect> {
        @Override
        public Aspect convert(String value) {
            try {
                return Aspect.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private CameraEvaluation() {
    }

    static Section measure(String drivenBy, BallTrack driver, List<MatchEvent> events, BallTrack truth,
                           CameraSettings settings, double fps, int width, int height) {
        CameraPath ours = CameraPlanner.plan(driver, events, settings, List.of(), fps, width, height);
        CameraPath centring = CentringCamera.plan(driver, settings, width, height);
        CameraPath wide = FixedWideCamera.plan(driver.frameCount(), settings.aspect(), width, height);
        return new Section(drivenBy, CameraMetrics.of(truth, ours), CameraMetrics.of(truth, centring),
                CameraMetrics.of(truth, wide));
    }

    /** Measures and prints both sections for the analysed ball and the truth of one video. */
    static void print(PrintWriter out, Aspect aspect, BallTrack tracked, List<MatchEvent> trackedEvents,
                      LabelSet truth, double fps, int width, int height) {
        CameraSettings settings = CameraSettings.DEFAULT.withAspect(aspect);
        out.printf(Locale.ROOT, "  virtual camera   %s crop, default settings; ball inside and lag against the true "
                + "ball (%d frames show it)%n", aspect.wireName(), truth.ball().visibleCount());
        print(out, measure("the analysed ball", tracked, trackedEvents, truth.ball(), settings, fps, width, height));
        print(out, measure("the true ball", truth.ball(), truth.events(), truth.ball(), settings, fps, width, height));
    }

    static void print(PrintWriter out, Section s) {
        out.printf(Locale.ROOT, "    driven by %s:%n", s.drivenBy());
        out.println("      camera        ball inside   mean |jerk|        lag   mean zoom");
        row(out, "follow-cam", s.ours());
        row(out, "centring", s.centring());
        row(out, "fixed wide", s.wide());
        out.printf(Locale.ROOT, "      target (inside ≥ %.0f %%, jerk ≤ %.2f × centring): %s "
                        + "(inside %s, jerk %s × centring)%n", 100 * MIN_INSIDE, MAX_JERK_RATIO,
                s.targetMet() ? "met" : "NOT met", percent(s.ours().insideShare()), number(s.jerkRatio()));
    }

    private static void row(PrintWriter out, String name, CameraMetrics m) {
        out.printf(Locale.ROOT, "      %-12s  %9s   %6.3f px/f³   %2s fr   %5.2f%n", name, percent(m.insideShare()),
                m.meanJerk(), m.lagFrames() < 0 ? "–" : Integer.toString(m.lagFrames()), m.meanWidthShare());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
