package com.courtside.labeling.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One row put into or taken out of a human-layer table, with every column, so the change can be undone exactly
 * (an update is a delete of the old row and an insert of the new one).
 */
public record RowChange(HumanTable table, boolean insert, Map<String, Object> row) {

    public RowChange {
        Objects.requireNonNull(table, "table");
        row = Collections.unmodifiableMap(new LinkedHashMap<>(row));
        for (String k : table.key()) {
            if (row.get(k) == null) {
                throw new IllegalArgumentException(table.sqlName() + " row without its key column " + k);
            }
        }
    }

    public static RowChange insert(HumanTable table, Map<String, Object> row) {
        return new RowChange(table, true, row);
    }

    public static RowChange delete(HumanTable table, Map<String, Object> row) {
        return new RowChange(table, false, row);
    }

    public RowChange inverse() {
        return new RowChange(table, !insert, row);
    }

    void apply(Connection c) throws SQLException {
        if (insert) {
            String columns = String.join(", ", row.keySet());
            String marks = row.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO " + table.sqlName() + " (" + columns + ") VALUES (" + marks + ")")) {
                int i = 1;
                for (Object v : row.values()) {
                    s.setObject(i++, v);
                }
                s.executeUpdate();
            }
        } else {
            String where = table.key().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table.sqlName() + " WHERE " + where)) {
                int i = 1;
                for (String k : table.key()) {
                    s.setObject(i++, row.get(k));
                }
                if (s.executeUpdate() != 1) {
                    throw new SQLException("the " + table.sqlName() + " row " + keyText() + " is not there to remove; "
                            + "the edit history no longer matches the labels");
                }
            }
        }
    }

    private String keyText() {
        return table.key().stream().map(k -> k + "=" + row.get(k)).collect(Collectors.joining(", "));
    }
}
