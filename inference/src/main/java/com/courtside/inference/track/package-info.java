/**
 * Ball tracking: a constant-acceleration Kalman filter with Mahalanobis gating, wrapped in a small state machine
 * (tentative, normal, recovering, predicting, chaos, stability lock) that turns per-frame detector candidates
 * into one ball position per frame. Pure Java, no native code.
 */
package com.courtside.inference.track;
