package com.courtside.labeling.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/**
 * A store operation that failed; the message names what was being done and, for the failures a user can fix
 * (a full disk, a file made read-only), what to do. Nothing of the failed operation was saved.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a driver error with what was being done, in words a user can act on. */
    public static StoreException of(String what, SQLException e) {
        return new StoreException(what + " failed: " + explain(e), e);
    }

    static String explain(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        if (code == null) {
            return e.getMessage();
        }
        return switch (code) {
            case SQLITE_FULL -> "the disk is full. Nothing was saved; free some space and try again.";
            case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY ->
                    "the project file cannot be written any more (read-only). Nothing was saved.";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "the project file is damaged. Nothing was saved.";
            case SQLITE_IOERR, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC ->
                    "the disk reported an error. Nothing was saved; check the drive and try again.";
            case SQLITE_BUSY, SQLITE_LOCKED -> "the project is busy in another program. Nothing was saved.";
            default -> e.getMessage();
        };
    }
}
