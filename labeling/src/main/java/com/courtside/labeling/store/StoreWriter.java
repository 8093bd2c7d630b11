package com.courtside.labeling.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes a project. Each piece of work is one transaction ({@code BEGIN IMMEDIATE} …
 * {@code COMMIT}); its future completes only after the commit, so an acknowledged edit is on disk. A failed
 * piece rolls back whole.
 */
final class StoreWriter implements AutoCloseable {

    private final Connection connection;
    private final ExecutorService thread;

    StoreWriter(Connection connection, String projectName) {
        this.connection = connection;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "courtside-store-writer " + projectName);
            t.setDaemon(true);
            return t;
        });
    }

    <T> CompletableFuture<T> submit(String what, SqlWork<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                done.complete(inTransaction(what, work));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Runs the work and waits for its commit; a failure is thrown as the {@link StoreException} it was. */
    <T> T call(String what, SqlWork<T> work) {
        try {
            return submit(what, work).get();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException(what + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what + " was interrupted; it may or may not have been saved.", e);
        }
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(s);
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of(what, e);
        }
    }

    private static void rollback(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite may have rolled back already (a full disk does); the original error is what matters
        }
    }

    @Override
    public void close() throws SQLException {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
