package com.courtside.inference.camera;

/**
 * Everything the virtual camera carries from one frame to the next, so stepping can resume from a saved state
 * and give exactly the doubles a run from frame 0 gives.
 *
 * @param frame        the next frame to step
 * @param centreX      the crop centre, source pixels
 * @param width        the crop width before it is fitted to the frame; the height follows from the aspect
 * @param aimX         the centre of the dead zone, where the camera heads; held while the ball is missing
 * @param filterX      the One-Euro filter on the aim
 * @param pidX         the controller moving the centre
 * @param hadBall      whether the previous frame had a ball, at ({@code lastBallX}, {@code lastBallY})
 * @param velocityX    the ball's smoothed velocity, pixels per frame
 * @param anchorX      where the ball was when it last moved more than the still distance
 * @param stillFrames  frames it has stayed there
 * @param chaosLeft    frames of chaos still to run
 * @param missing      frames since the ball was last seen
 */
public record CameraState(int frame, double centreX, double centreY, double width, double aimX, double aimY,
                          OneEuroFilter.State filterX, OneEuroFilter.State filterY, AxisPid.State pidX,
                          AxisPid.State pidY, boolean hadBall, double lastBallX, double lastBallY, double velocityX,
                          double velocityY, double anchorX, double anchorY, int stillFrames, int chaosLeft,
                          int missing) {
}
