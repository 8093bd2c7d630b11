package com.courtside.labeling.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on one connection, inside the transaction the store opened for it. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
