package com.courtside.ui.export;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;

import java.util.List;
import java.util.Map;

/**
 * What a video export starts from in the window: the open video, its rallies and ball as the labels have them, and
 * the follow-cam as the Camera tab sets it (its pins and settings), so the render is what the preview shows; the
 * events and the shooter model's scores (release frame → O1–O5) for burning the overlay in.
 */
public record VideoExportSources(OpenedVideo video, List<Rally> rallies, BallTrack ball, List<CameraPin> pins,
                                 CameraSettings camera, List<MatchEvent> events, Map<Integer, float[]> shotScores) {
}
