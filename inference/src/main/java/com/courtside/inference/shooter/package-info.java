/**
 * Who took a basketball shot: the players' tracks and kit teams, the shooter contract's track heatmaps, the window
 * of frames around a release, and the scores of O1–O5 from a {@code shooter} ONNX model or, without one, from the
 * players' closeness to where the ball left.
 */
package com.courtside.inference.shooter;
