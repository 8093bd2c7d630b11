/**
 * Parsers for label files written by other tools (OpenTTGames, TrackNet, RallyCut, COCO and YOLO datasets) and by
 * Courtside's own analysis and exports. They only read: each gives an
 * {@link com.courtside.labeling.imports.ImportedLabels} that the store writes as one undoable step, and a file that
 * cannot be taken is refused whole with an {@link com.courtside.labeling.imports.ImportFormatException} that says
 * where and why.
 */
package com.courtside.labeling.imports;
