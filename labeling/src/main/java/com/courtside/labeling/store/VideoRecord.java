package com.courtside.labeling.store;

import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rational;

import java.nio.file.Path;

/**
 * A video of the project as the store knows it.
 *
 * @param movedFrom the path it was last seen at when it was found again somewhere else by its signature, else null
 */
public record VideoRecord(long id, FileSignature signature, Path lastPath, int width, int height, Rational fps,
                          int frameCount, Path movedFrom) {
}
