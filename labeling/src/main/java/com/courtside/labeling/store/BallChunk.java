package com.courtside.labeling.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * One row of {@code model_ball_chunk}: {@value #FRAMES} frames of a model's ball track in columns. A track is
 * written and read a chunk at a time, so a million samples are 245 rows, not a million.
 */
final class BallChunk {

    static final int FRAMES = 4096;

    final int firstFrame;
    final float[] x;
    final float[] y;
    final float[] confidence;
    final byte[] visibility;
    final byte[] predicted;

    private BallChunk(int firstFrame, int count) {
        this.firstFrame = firstFrame;
        x = new float[count];
        y = new float[count];
        confidence = new float[count];
        visibility = new byte[count];
        predicted = new byte[count];
        Arrays.fill(x, Float.NaN);
        Arrays.fill(y, Float.NaN);
    }

    static int firstFrameOf(int frame) {
        return frame - Math.floorMod(frame, FRAMES);
    }

    int count() {
        return x.length;
    }

    /** The chunk holding {@code frame} as stored, or an empty one. */
    static BallChunk load(Connection c, long runId, int firstFrame) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT frame_count, x, y, confidence, visibility, predicted "
                + "FROM model_ball_chunk WHERE run_id = ? AND first_frame = ?")) {
            s.setLong(1, runId);
            s.setInt(2, firstFrame);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? read(firstFrame, rs) : new BallChunk(firstFrame, FRAMES);
            }
        }
    }

    /** Every stored chunk of the run that overlaps frames [from, from + length). */
    static void forEachOverlapping(Connection c, long runId, int from, int length, ChunkVisitor visitor)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT first_frame, frame_count, x, y, confidence, visibility, "
                + "predicted FROM model_ball_chunk WHERE run_id = ? AND first_frame > ? AND first_frame < ? "
                + "ORDER BY first_frame")) {
            s.setLong(1, runId);
            s.setInt(2, from - FRAMES);
            s.setInt(3, from + length);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(readShifted(rs));
                }
            }
        }
    }

    interface ChunkVisitor {
        void visit(BallChunk chunk) throws SQLException;
    }

    private static BallChunk readShifted(ResultSet rs) throws SQLException {
        int first = rs.getInt(1);
        BallChunk chunk = new BallChunk(first, rs.getInt(2));
        fill(chunk, rs, 3);
        return chunk;
    }

    private static BallChunk read(int firstFrame, ResultSet rs) throws SQLException {
        BallChunk stored = new BallChunk(firstFrame, rs.getInt(1));
        fill(stored, rs, 2);
        if (stored.count() == FRAMES) {
            return stored;
        }
        BallChunk full = new BallChunk(firstFrame, FRAMES);
        full.copyFrom(stored);
        return full;
    }

    private static void fill(BallChunk chunk, ResultSet rs, int firstColumn) throws SQLException {
        floats(rs.getBytes(firstColumn), chunk.x);
        floats(rs.getBytes(firstColumn + 1), chunk.y);
        floats(rs.getBytes(firstColumn + 2), chunk.confidence);
        System.arraycopy(rs.getBytes(firstColumn + 3), 0, chunk.visibility, 0, chunk.count());
        System.arraycopy(rs.getBytes(firstColumn + 4), 0, chunk.predicted, 0, chunk.count());
    }

    private void copyFrom(BallChunk other) {
        int n = other.count();
        System.arraycopy(other.x, 0, x, 0, n);
        System.arraycopy(other.y, 0, y, 0, n);
        System.arraycopy(other.confidence, 0, confidence, 0, n);
        System.arraycopy(other.visibility, 0, visibility, 0, n);
        System.arraycopy(other.predicted, 0, predicted, 0, n);
    }

    /** Stores the chunk, cut after its last frame with a sample. */
    void save(Connection c, long runId) throws SQLException {
        int used = count();
        while (used > 0 && visibility[used - 1] == 0) {
            used--;
        }
        if (used == 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO model_ball_chunk "
                + "(run_id, first_frame, frame_count, x, y, confidence, visibility, predicted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, runId);
            s.setInt(2, firstFrame);
            s.setInt(3, used);
            s.setBytes(4, bytes(x, used));
            s.setBytes(5, bytes(y, used));
            s.setBytes(6, bytes(confidence, used));
            s.setBytes(7, Arrays.copyOf(visibility, used));
            s.setBytes(8, Arrays.copyOf(predicted, used));
            s.executeUpdate();
        }
    }

    private static byte[] bytes(float[] values, int count) {
        ByteBuffer b = ByteBuffer.allocate(4 * count).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values, 0, count);
        return b.array();
    }

    private static void floats(byte[] bytes, float[] into) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, 0, Math.min(into.length, bytes.length / 4));
    }
}
