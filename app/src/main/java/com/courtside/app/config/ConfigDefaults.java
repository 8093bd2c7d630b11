package com.courtside.app.config;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Optional;

/**
 * Gives picocli the value of an option not given on the command line from the {@link ConfigLayers}; where no layer
 * has one, the option's built-in default applies.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

    private final ConfigLayers layers;

    public ConfigDefaults(ConfigLayers layers) {
        this.layers = layers;
    }

    public ConfigLayers layers() {
        return layers;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        return resolve(arg).map(ConfigLayers.Resolved::value).orElse(null);
    }

    /** Where the layers set this option, if they do. */
    public Optional<ConfigLayers.Resolved> resolve(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()
                || option.command() == null) {
            return Optional.empty();
        }
        return layers.lookup(option.command().name(), optionKey(option));
    }

    /** "--rally-settings" → "rally-settings". */
    public static String optionKey(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }
}
