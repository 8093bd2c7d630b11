package com.courtside.app.cli;

import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.RallySettingsFile;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code --sport} and {@code --rally-settings}, shared by the commands that find rallies in a ball track. */
public final class RallyOptions {

    @Option(names = "--sport", paramLabel = "SPORT",
            description = "the rally preset: table-tennis, tennis, badminton, indoor-volleyball or beach-volleyball "
                    + "(default: table-tennis)")
    String sport;

    @Option(names = "--rally-settings", paramLabel = "FILE",
            description = "rally settings in a .yaml, .yml or .json file (its 'rally:' section, or the keys at the "
                    + "top; 'preset: tennis' starts from a preset); instead of --sport")
    Path settingsFile;

    /** The settings this invocation means; a bad choice is a configuration error (exit 1). */
    RallySettings settings() {
        if (sport != null && settingsFile != null) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "Give --sport or --rally-settings, not both; a settings "
                    + "file starts from a sport with a line such as 'preset: table_tennis'.");
        }
        if (settingsFile != null) {
            try {
                return RallySettingsFile.read(settingsFile);
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.CONFIGURATION, "Cannot use the rally settings " + settingsFile + ": "
                        + e.getMessage(), e);
            }
        }
        return preset().settings();
    }

    /** How the settings were chosen, for a report: the preset's name or the file's. */
    String describe() {
        return settingsFile != null ? "rally settings " + settingsFile.getFileName()
                : preset().wireName().replace('_', '-') + " rally preset";
    }

    private RallyPreset preset() {
        if (sport == null) {
            return RallyPreset.TABLE_TENNIS;
        }
        try {
            return RallyPreset.fromWire(sport);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "Unknown sport '" + sport + "'; give one of "
                    + Arrays.stream(RallyPreset.values()).map(p -> p.wireName().replace('_', '-'))
                    .collect(Collectors.joining(", ")) + ".", e);
        }
    }
}
