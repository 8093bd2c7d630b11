package com.courtside.labeling.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

/**
 * One project: one SQLite file (WAL journal, foreign keys on) holding the labels of its videos. Opening checks the
 * file before anything writes to it: a file that is not SQLite, a damaged one, one of another program and one
 * written by a newer Courtside are refused untouched. A project on a read-only location opens read-only and says
 * so; a project another Courtside has open is refused. Writes go through one writer thread ({@link #write}),
 * reads through their own connection ({@link #read}), never on the FX thread.
 */
public final class Project implements AutoCloseable {

    /** {@code PRAGMA application_id} of a Courtside project: "CSLB". */
    public static final int APPLICATION_ID = 0x43534C42;
    private static final Logger LOG = LoggerFactory.getLogger(Project.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final String readOnlyReason;
    private final ProjectLock lock;
    private final StoreWriter writer;
    private final Connection reader;
    private final Object readLock = new Object();

    private Project(Path file, String readOnlyReason, ProjectLock lock, StoreWriter writer, Connection reader) {
        this.file = file;
        this.readOnlyReason = readOnlyReason;
        this.lock = lock;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens an existing project for looking only: nothing is written, no lock is taken. */
    public static Project openReadOnly(Path file) throws ProjectOpenException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new ProjectOpenException(path, "There is no project " + path.getFileName() + " in " + path.getParent() + ".");
        }
        return openReadOnly(path, check(path), "opened read-only: you can look, not edit");
    }

    /** Opens {@code file}, creating a new project there when it does not exist. */
    public static Project open(Path file) throws ProjectOpenException {
        Path path = file.toAbsolutePath().normalize();
        Path parent = path.getParent();
        boolean exists = Files.exists(path);
        int version = 0;
        if (exists) {
            version = check(path);
        } else if (parent == null || !Files.isDirectory(parent)) {
            throw new ProjectOpenException(path, "Cannot create the project " + path.getFileName() + ": the folder "
                    + parent + " does not exist.");
        }
        boolean writable = Files.isWritable(parent) && (!exists || Files.isWritable(path));
        if (!writable) {
            if (!exists) {
                throw new ProjectOpenException(path, "Cannot create the project " + path.getFileName() + ": the folder "
                        + parent + " is read-only. Choose a folder you can write to.");
            }
            return openReadOnly(path, version, "the project is on a read-only location (" + parent
                    + "): you can look, not edit");
        }
        ProjectLock lock = ProjectLock.acquire(path);
        Connection write = null;
        try {
            write = connect(path, false);
            migrate(write, path);
            Connection read = connect(path, true);
            return new Project(path, null, lock, new StoreWriter(write, path.getFileName().toString()), read);
        } catch (SQLException e) {
            closeQuietly(write);
            closeQuietly(lock);
            throw new ProjectOpenException(path, "Cannot open " + path.getFileName() + ": " + StoreException.explain(e), e);
        } catch (RuntimeException e) {
            closeQuietly(write);
            closeQuietly(lock);
            throw e;
        }
    }

    private static Project openReadOnly(Path path, int version, String reason) throws ProjectOpenException {
        if (version < Migrations.LATEST) {
            throw new ProjectOpenException(path, path.getFileName() + " was written by an older Courtside and needs "
                    + "upgrading, which its read-only location does not allow. Copy it to a folder you can write to.");
        }
        try {
            // Nothing can write a file on a read-only location, so SQLite may read it as immutable (no -shm needed).
            Connection read = Files.isWritable(path.getParent()) ? connect(path, true) : connectImmutable(path);
            LOG.info("{} opened read-only: {}", path, reason);
            return new Project(path, reason, null, null, read);
        } catch (SQLException e) {
            throw new ProjectOpenException(path, "Cannot open " + path.getFileName() + ": " + StoreException.explain(e), e);
        }
    }

    /** Refuses files that are not Courtside projects this version can read. @return the schema version */
    private static int check(Path path) throws ProjectOpenException {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new ProjectOpenException(path, name + " is a folder, not a Courtside project file.");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new ProjectOpenException(path, name + " is not a Courtside project (it is not an SQLite "
                        + "database). Choose a .courtside project file, or a new name to start a project.");
            }
        } catch (IOException e) {
            throw new ProjectOpenException(path, "Cannot read " + name + ": " + e.getMessage(), e);
        }
        boolean writableFolder = Files.isWritable(path.getParent());
        try (Connection c = writableFolder ? connect(path, true) : connectImmutable(path);
             Statement s = c.createStatement()) {
            int application;
            int tables;
            try (var rs = s.executeQuery("PRAGMA application_id")) {
                application = rs.getInt(1);
            }
            try (var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.getInt(1);
            }
            int version = Migrations.version(c);
            if (application != APPLICATION_ID && tables > 0) {
                throw new ProjectOpenException(path, name + " is an SQLite database of another program, not a "
                        + "Courtside project. It was left as it is.");
            }
            if (version > Migrations.LATEST) {
                throw new ProjectOpenException(path, name + " was written by a newer Courtside (schema version "
                        + version + "; this one reads up to " + Migrations.LATEST + "). Update Courtside to open it; "
                        + "the file was left as it is.");
            }
            try (var rs = s.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new ProjectOpenException(path, name + " is damaged (" + verdict + "). It was left as it is; "
                            + "open a backup, or run 'sqlite3 " + name + " .recover' to save what can be saved.");
                }
            }
            return version;
        } catch (SQLException e) {
            throw new ProjectOpenException(path, name + " is damaged and cannot be read ("
                    + StoreException.explain(e) + "). It was left as it is; open a backup.", e);
        }
    }

    private static void migrate(Connection c, Path path) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int from = Migrations.apply(c);
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("COMMIT");
                if (from < Migrations.LATEST) {
                    LOG.info("{}: schema version {} -> {}", path, from, Migrations.LATEST);
                }
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL with WAL: a commit is in the log before the edit is acknowledged, so a killed process loses
            // nothing acknowledged and the file is never corrupted; only a power cut may take back the last edits
            // (the log is synced at checkpoints, not at every commit, which keeps an edit within milliseconds).
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
        }
        return config.createConnection("jdbc:sqlite:" + path);
    }

    private static Connection connectImmutable(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:file:" + path.toUri().getRawPath() + "?immutable=1");
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /** Why the project is read-only, for the status bar; null when it is writable. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** Runs {@code work} as one transaction on the writer thread; the future completes after the commit. */
    public <T> CompletableFuture<T> submit(String what, SqlWork<T> work) {
        return writerOrRefuse(what).submit(what, work);
    }

    /** {@link #submit} and wait for the commit. */
    public <T> T write(String what, SqlWork<T> work) {
        return writerOrRefuse(what).call(what, work);
    }

    private StoreWriter writerOrRefuse(String what) {
        if (writer == null) {
            throw new StoreException(what + " is not possible: " + readOnlyReason + ".");
        }
        return writer;
    }

    /** Runs {@code work} in one read transaction on the reading connection (a consistent view while writes go on). */
    public <T> T read(String what, SqlWork<T> work) {
        synchronized (readLock) {
            try (Statement s = reader.createStatement()) {
                s.execute("BEGIN");
                try {
                    return work.run(reader);
                } finally {
                    s.execute("COMMIT");
                }
            } catch (SQLException e) {
                throw StoreException.of(what, e);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(writer);
        synchronized (readLock) {
            closeQuietly(reader);
        }
        closeQuietly(lock);
    }
}
