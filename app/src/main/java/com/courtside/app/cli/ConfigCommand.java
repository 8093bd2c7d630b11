package com.courtside.app.cli;

import com.courtside.app.config.ConfigDefaults;
import com.courtside.app.config.ConfigLayers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code courtside config [COMMAND] [--json]}: every setting's value and where it came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print every setting of the commands with its value and where it came from: the built-in "
                + "default, ~/.config/courtside/config.yaml, ./courtside.yaml, a COURTSIDE_… variable. A flag on the "
                + "command line beats them all.",
                "In a file, 'device: cpu' sets --device of every command that has it and 'analyze: {model: "
                        + "classical}' sets analyze --model only; the variables are COURTSIDE_DEVICE and "
                        + "COURTSIDE_ANALYZE_MODEL. Keys no command knows are named."})
public final class ConfigCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND", description = "only this command's settings")
    String command;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandSpec spec;

    /** One setting as printed. */
    record Row(String key, String value, String source) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandSpec root = spec.root();
        ConfigDefaults defaults = root.defaultValueProvider() instanceof ConfigDefaults d ? d
                : new ConfigDefaults(ConfigLayers.NONE);
        Map<String, CommandLine> commands = root.subcommands();
        if (command != null && !commands.containsKey(command)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "No command '" + command + "'; give one of "
                    + String.join(", ", commands.keySet()) + ".");
        }
        List<Row> rows = new ArrayList<>();
        Set<String> known = new HashSet<>();
        commands.forEach((name, cli) -> {
            for (OptionSpec o : cli.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp() || o.hidden()) {
                    continue;
                }
                String key = ConfigDefaults.optionKey(o);
                known.add(key);
                known.add(name + "." + key);
                if (command == null || command.equals(name)) {
                    rows.add(row(name, key, o, defaults));
                }
            }
        });
        List<String> unknown = unknownKeys(defaults.layers(), known);
        if (json) {
            printJson(out, rows, unknown);
        } else {
            printTable(out, rows);
            unknown.forEach(u -> err.println("warning: " + u));
        }
        return ExitCodes.OK;
    }

    private static Row row(String command, String key, OptionSpec o, ConfigDefaults defaults) {
        return defaults.resolve(o).map(r -> new Row(command + "." + key, r.value(), r.source()))
                .orElseGet(() -> new Row(command + "." + key, builtIn(o), "default"));
    }

    private static String builtIn(OptionSpec o) {
        String value = o.defaultValue();
        if (value != null) {
            return value;
        }
        return o.arity().max() == 0 ? "false" : "(none)";
    }

    /** "'analyze.modle' in ./courtside.yaml: no command has that setting". */
    static List<String> unknownKeys(ConfigLayers layers, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (ConfigLayers.Layer layer : layers.layers()) {
            for (String key : layer.values().keySet()) {
                if (!known.contains(key)) {
                    out.add("'" + key + "' in " + layer.name() + ": no command has this setting; `courtside config` "
                            + "lists them all");
                }
            }
        }
        return out;
    }

    private static void printTable(PrintWriter out, List<Row> rows) {
        int keyWidth = Math.max(7, rows.stream().mapToInt(r -> r.key().length()).max().orElse(0));
        int valueWidth = Math.min(40, Math.max(5, rows.stream().mapToInt(r -> r.value().length()).max().orElse(0)));
        String format = "%-" + keyWidth + "s  %-" + valueWidth + "s  %s%n";
        out.printf(Locale.ROOT, format, "SETTING", "VALUE", "FROM");
        for (Row r : rows) {
            out.printf(Locale.ROOT, format, r.key(), r.value(), r.source());
        }
    }

    private static void printJson(PrintWriter out, List<Row> rows, List<String> unknown) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode settings = root.putArray("settings");
        for (Row r : rows) {
            settings.addObject().put("key", r.key()).put("value", r.value()).put("source", r.source());
        }
        ArrayNode warnings = root.putArray("warnings");
        unknown.forEach(warnings::add);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, "Cannot write the settings as JSON: " + e.getMessage(), e);
        }
    }
}
