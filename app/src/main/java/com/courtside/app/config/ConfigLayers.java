package com.courtside.app.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line's settings come from, weakest first: the built-in defaults, the user's file
 * ({@code ~/.config/courtside/config.yaml}, or under {@code $XDG_CONFIG_HOME}), the folder's file
 * ({@code ./courtside.yaml}, {@code .yml} or {@code .json}), {@code COURTSIDE_…} environment variables, and last
 * the flags themselves. A key names an option without its dashes, either for one command ({@code analyze.model},
 * {@code COURTSIDE_ANALYZE_MODEL}) or for every command that has the option ({@code device},
 * {@code COURTSIDE_DEVICE}); the command's own key wins.
 *
 * <pre>
 * device: cpu            # every command with --device
 * analyze:
 *   model: classical     # analyze --model
 * </pre>
 *
 * Sections that belong to other readers ({@code rally:}, read by {@code --rally-settings}) are left alone.
 */
public final class ConfigLayers {

    /** Environment variables with this prefix are settings. */
    public static final String ENV_PREFIX = "COURTSIDE_";
    /** Environment variables of that prefix that are not settings (read elsewhere). */
    static final List<String> ENV_NOT_SETTINGS = List.of("COURTSIDE_CACHE");
    /** Top-level sections of a config file read by others. */
    static final List<String> OTHER_SECTIONS = List.of("rally");

    /** One source of values: a name to show and its keys (lower case, dashes, dotted by command). */
    public record Layer(String name, Map<String, String> values) {
    }

    /** A setting's value and the layer it came from; {@code source} "default" for a built-in one. */
    public record Resolved(String value, String source) {
    }

    public static final ConfigLayers NONE = new ConfigLayers(List.of());

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final List<Layer> layers;

    /** @param layers weakest first */
    public ConfigLayers(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The layers of this machine, folder and environment. */
    public static ConfigLayers load(Map<String, String> env, Path home, Path workingDirectory,
                                    List<String> commands) throws ConfigException {
        List<Layer> layers = new ArrayList<>();
        Path user = userFile(env, home);
        if (Files.isRegularFile(user)) {
            layers.add(new Layer(user.toString(), readFile(user)));
        }
        for (String name : List.of("courtside.yaml", "courtside.yml", "courtside.json")) {
            Path local = workingDirectory.resolve(name);
            if (Files.isRegularFile(local)) {
                layers.add(new Layer("./" + name, readFile(local)));
                break;
            }
        }
        Map<String, String> fromEnv = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX) && !ENV_NOT_SETTINGS.contains(k)) {
                fromEnv.put(envKey(k, commands), v);
            }
        });
        if (!fromEnv.isEmpty()) {
            layers.add(new Layer("environment", fromEnv));
        }
        return new ConfigLayers(layers);
    }

    /** {@code $XDG_CONFIG_HOME/courtside/config.yaml}, else {@code ~/.config/courtside/config.yaml}. */
    public static Path userFile(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("courtside").resolve("config.yaml");
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The value of option {@code option} (without dashes) of {@code command}, from the strongest layer that has it. */
    public Optional<Resolved> lookup(String command, String option) {
        String own = key(command, option);
        String shared = key(null, option);
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            String value = layer.values().containsKey(own) ? layer.values().get(own) : layer.values().get(shared);
            if (value != null) {
                String via = layer.values().containsKey(own) ? own : shared;
                return Optional.of(new Resolved(value, layer.name().equals("environment")
                        ? "environment " + envName(via) : layer.name() + " (" + via + ")"));
            }
        }
        return Optional.empty();
    }

    /** "analyze.model", or "device" for every command. */
    static String key(String command, String option) {
        String o = option.toLowerCase(Locale.ROOT);
        return command == null ? o : command.toLowerCase(Locale.ROOT) + "." + o;
    }

    /** COURTSIDE_ANALYZE_MODEL → "analyze.model"; COURTSIDE_DEVICE → "device"; COURTSIDE_GAME_STATE → "game-state". */
    static String envKey(String variable, List<String> commands) {
        String rest = variable.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT);
        // Longest first, so RENDER_DEMO_… is render-demo's before any shorter command's.
        List<String> byLength = new ArrayList<>(commands);
        byLength.sort((a, b) -> b.length() - a.length());
        for (String command : byLength) {
            String prefix = command.replace('-', '_') + "_";
            if (rest.startsWith(prefix)) {
                return command + "." + rest.substring(prefix.length()).replace('_', '-');
            }
        }
        return rest.replace('_', '-');
    }

    static String envName(String key) {
        return ENV_PREFIX + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    static Map<String, String> readFile(Path file) throws ConfigException {
        JsonNode root;
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            root = (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("The settings file " + file + " cannot be read: "
                    + e.getMessage().lines().findFirst().orElse("") + ". Fix it or move it away.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return out;
        }
        if (!root.isObject()) {
            throw new ConfigException("The settings file " + file + " must hold keys and values (such as "
                    + "'device: cpu'), not a " + root.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String top = e.getKey().toLowerCase(Locale.ROOT);
            if (OTHER_SECTIONS.contains(top)) {
                continue;
            }
            if (e.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = e.getValue().fields(); inner.hasNext(); ) {
                    Map.Entry<String, JsonNode> o = inner.next();
                    out.put(top + "." + o.getKey().toLowerCase(Locale.ROOT), text(file, top + "." + o.getKey(),
                            o.getValue()));
                }
            } else {
                out.put(top, text(file, top, e.getValue()));
            }
        }
        return out;
    }

    private static String text(Path file, String key, JsonNode value) throws ConfigException {
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : value) {
                parts.add(text(file, key, item));
            }
            return String.join(",", parts);
        }
        throw new ConfigException("In " + file + ", '" + key + "' nests too deep: give a value such as 'cpu', or a "
                + "command's section of values.");
    }
}
