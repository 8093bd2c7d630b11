package com.courtside.ui.main;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The videos opened lately, newest first, at most {@value #MAX}, kept in {@link Preferences} so they survive a
 * restart. Files that have vanished are dropped when the list is read.
 */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);
    private static final String KEY = "recent.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The remembered videos that still exist, newest first. */
    public List<Path> list() {
        List<Path> stored = stored();
        List<Path> existing = new ArrayList<>();
        for (Path p : stored) {
            if (Files.isRegularFile(p)) {
                existing.add(p);
            }
        }
        if (existing.size() != stored.size()) {
            save(existing);
        }
        return existing;
    }

    /** Puts {@code file} first, removing an older entry for it and the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path key = file.toAbsolutePath().normalize();
        List<Path> entries = new ArrayList<>(stored());
        entries.remove(key);
        entries.add(0, key);
        save(entries.subList(0, Math.min(MAX, entries.size())));
    }

    public void clear() {
        save(List.of());
    }

    private List<Path> stored() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                break;
            }
            try {
                paths.add(Path.of(value));
            } catch (RuntimeException e) {
                LOG.debug("ignoring unreadable recent entry {}", value);
            }
        }
        return paths;
    }

    private void save(List<Path> paths) {
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                node.put(KEY + i, paths.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("could not save the recent files list: {}", e.getMessage());
        }
    }
}
