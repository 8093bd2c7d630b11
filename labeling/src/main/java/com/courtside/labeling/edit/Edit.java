package com.courtside.labeling.edit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One undoable label edit: what it does in words ("Set the ball at frame 120") and the rows it changes. Undo
 * applies the inverse changes in reverse order, so any edit, however many rows, comes back exactly.
 */
public record Edit(String description, List<RowChange> changes) {

    public Edit {
        Objects.requireNonNull(description, "description");
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public void apply(Connection c) throws SQLException {
        for (RowChange change : changes) {
            change.apply(c);
        }
    }

    public void undo(Connection c) throws SQLException {
        List<RowChange> reversed = new ArrayList<>(changes);
        Collections.reverse(reversed);
        for (RowChange change : reversed) {
            change.inverse().apply(c);
        }
    }
}
