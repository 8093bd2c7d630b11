package com.courtside.labeling.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema scripts ({@code migrations/V<n>__<name>.sql} beside this class's package), applied in order
 * at start-up inside one transaction; {@code PRAGMA user_version} holds the version a file is at.
 */
final class Migrations {

    /** Script names in order; version n is the n-th. Append, never edit a released one. */
    private static final List<String> SCRIPTS = List.of("V1__labels.sql", "V2__game_state.sql",
            "V3__camera_and_players.sql", "V4__player_teams.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file up to {@link #LATEST}; the caller holds the transaction. @return the version it was at */
    static int apply(Connection c) throws SQLException {
        int from = version(c);
        for (int v = from + 1; v <= LATEST; v++) {
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(SCRIPTS.get(v - 1)))) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + v);
            }
        }
        return from;
    }

    private static String read(String name) {
        String path = "/com/courtside/labeling/migrations/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing schema script " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script on the semicolons that end statements (our scripts hold no triggers or string literals with ';'). */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(clean.toString().split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
