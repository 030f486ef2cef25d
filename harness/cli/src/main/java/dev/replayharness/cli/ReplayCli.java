package dev.replayharness.cli;

import dev.replayharness.bundle.BundleException;
import dev.replayharness.bundle.RemoteLocationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code replay} command. Exit codes: 0 done (no divergence; reproduced), 1 divergence (not reproduced),
 * 2 usage error, 3 unreadable input, 4 the target did not start.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, version = "replay 0.1.0",
        description = "Turns recorded user sessions (PostHog / rrweb) into executable regression tests.",
        subcommands = {InspectCommand.class, ConvertCommand.class, CaptureCommand.class, DomCommand.class, ScreenshotCommand.class,
            RunCommand.class, VerifyCommand.class, ReproduceCommand.class,
            CommandLine.HelpCommand.class})
public final class ReplayCli {

    /** Exit code for a finished command. */
    public static final int OK = 0;
    /** Exit code for wrong arguments. */
    public static final int USAGE = 2;
    /** Exit code for input that cannot be read. */
    public static final int UNREADABLE_INPUT = 3;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The command line with every subcommand's options, the shared settings' among them. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ReplayCli());
        for (CommandLine command : line.getSubcommands().values()) {
            if (command.getCommand() instanceof SuiteCommand suite) {
                SettingOptions.declare(command.getCommandSpec(), suite.acceptedSettings());
            }
        }
        return line;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = commandLine();
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof BundleException || exception instanceof RemoteLocationException) {
                err.println("replay: " + exception.getMessage());
                return UNREADABLE_INPUT;
            }
            throw exception;
        });
        return line.execute(args);
    }
}
