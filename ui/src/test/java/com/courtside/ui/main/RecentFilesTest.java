package com.courtside.ui.main;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("courtside-test-" + UUID.randomUUID());
    private final RecentFiles recent = new RecentFiles(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private Path video(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "x");
    }

    @Test
    void newestFirstWithoutDuplicates() throws Exception {
        Path a = video("a.mp4");
        Path b = video("b.mp4");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertThat(recent.list()).containsExactly(a, b);
    }

    @Test
    void keepsAtMostTen() throws Exception {
        for (int i = 0; i < 12; i++) {
            recent.add(video("v" + i + ".mp4"));
        }
        List<Path> list = recent.list();
        assertThat(list).hasSize(RecentFiles.MAX);
        assertThat(list.get(0).getFileName().toString()).isEqualTo("v11.mp4");
        assertThat(list.get(9).getFileName().toString()).isEqualTo("v2.mp4");
    }

    @Test
    void dropsFilesThatVanished() throws Exception {
        Path a = video("a.mp4");
        Path b = video("b.mp4");
        recent.add(a);
        recent.add(b);
        Files.delete(b);
        assertThat(recent.list()).containsExactly(a);
        assertThat(new RecentFiles(node).list()).containsExactly(a);
    }

    @Test
    void survivesARestart() throws Exception {
        Path a = video("a.mp4");
        recent.add(a);
        assertThat(new RecentFiles(node).list()).containsExactly(a);
    }

    @Test
    void clearForgetsAll() throws Exception {
        recent.add(video("a.mp4"));
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }
}
