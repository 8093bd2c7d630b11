package com.courtside.app.cli;

import com.courtside.app.config.ConfigDefaults;
import com.courtside.app.config.ConfigException;
import com.courtside.app.config.ConfigLayers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The headless command line: {@code courtside <subcommand> [options]}. */
@Command(name = "courtside",
        mixinStandardHelpOptions = true,
        versionProvider = CourtsideCommand.Version.class,
        description = "Review and label ball-sport video. Run without arguments to open the workstation.",
        subcommands = {
                InfoCommand.class,
                AnalyzeCommand.class,
                EvaluateCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                CutCommand.class,
                RenderDemoCommand.class,
                BenchCommand.class,
                ConfigCommand.class,
                CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:configuration error (bad option or setting)",
                "2:model load failure",
                "3:input error (missing, damaged or unsupported video or label file)",
                "4:output error (cannot write, disk full)",
                "5:GPU error",
                "6:other runtime failure"})
public final class CourtsideCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CourtsideCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        String home = System.getenv("HOME");
        return execute(args, out, err, System.getenv(),
                Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")),
                Path.of("").toAbsolutePath());
    }

    /** With the environment, home and working folder that the settings are read from given (tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path home,
                              Path workingDirectory) {
        CommandLine cli = new CommandLine(new CourtsideCommand());
        cli.setOut(out);
        cli.setErr(err);
        ConfigDefaults defaults;
        try {
            defaults = new ConfigDefaults(ConfigLayers.load(env, home, workingDirectory,
                    List.copyOf(cli.getSubcommands().keySet())));
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.CONFIGURATION;
        }
        cli.setDefaultValueProvider(defaults);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            String from = ex.getArgSpec() == null || onCommandLine(ex.getArgSpec(), args) ? ""
                    : defaults.resolve(ex.getArgSpec()).map(r -> " The value came from " + r.source() + ".")
                    .orElse("");
            String message = ex.getMessage();
            err.println("error: " + message + (from.isEmpty() || message.endsWith(".") ? "" : ".") + from);
            err.println("Run 'courtside " + ex.getCommandLine().getCommandName() + " --help' for the options.");
            return ExitCodes.CONFIGURATION;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CommandFailure failure) {
                if (failure.getCause() != null) {
                    LOG.debug("command failed", failure.getCause());
                }
                err.println("error: " + failure.getMessage());
                return failure.exitCode();
            }
            LOG.error("unexpected failure", ex);
            err.println("error: " + ex + " (an unexpected failure; the log above has the details)");
            return ExitCodes.RUNTIME;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Whether {@code arg} is an option the user typed (so a bad value is the flag's, not a setting's). */
    private static boolean onCommandLine(CommandLine.Model.ArgSpec arg, String[] args) {
        if (!(arg instanceof CommandLine.Model.OptionSpec option)) {
            return true;
        }
        for (String a : args) {
            for (String name : option.names()) {
                if (a.equals(name) || a.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Version from the jar manifest, or the development marker when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CourtsideCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Courtside " + (version == null ? "development build" : version)};
        }
    }
}
