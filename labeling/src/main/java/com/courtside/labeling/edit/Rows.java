package com.courtside.labeling.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading whole human-layer rows, the "before" of an edit. */
final class Rows {

    private Rows() {
    }

    static Optional<Map<String, Object>> fetch(Connection c, HumanTable table, Object... key) throws SQLException {
        StringBuilder where = new StringBuilder();
        for (String k : table.key()) {
            where.append(where.length() == 0 ? "" : " AND ").append(k).append(" = ?");
        }
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table.sqlName() + " WHERE " + where)) {
            for (int i = 0; i < key.length; i++) {
                s.setObject(i + 1, key[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rs.getObject(i));
                }
                return Optional.of(row);
            }
        }
    }

    /** The next free id of an id-keyed table, {@code taken} ids past the largest already handed out in this edit. */
    static long nextId(Connection c, HumanTable table, int taken) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table.sqlName());
             ResultSet rs = s.executeQuery()) {
            return rs.getLong(1) + 1 + taken;
        }
    }
}
