package dev.replayharness.cli;

import dev.replayharness.bundle.BundleManifest;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.PortableBundleWriter;
import dev.replayharness.bundle.PosthogExportWriter;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code replay convert FILE... -o OUT [--to bundle|posthog-json]}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts a recording (all FILEs as one session) to a portable bundle or a PostHog export.")
final class ConvertCommand implements Callable<Integer> {

    /** Output formats. */
    enum Target { bundle, posthog_json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recording files of one session (or "
            + "s3://bucket/key, s3://bucket/prefix/).")
    List<String> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "File to write.")
    Path output;

    @Option(names = "--to", paramLabel = "FORMAT", converter = TargetConverter.class,
            description = "bundle (default: a portable replay bundle, ZIP) or posthog-json (a 2023-04-28 export).")
    Target to = Target.bundle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Recording recording = Bundles.openAll(Recordings.files(files), ReadLimits.defaults(),
                TerminalProgress.forThisProcess())) {
            if (to == Target.bundle) {
                BundleManifest manifest = new PortableBundleWriter().write(recording, output);
                out.printf("wrote %s: portable bundle %s, %d events in %d chunks, %d bytes%n", output,
                        manifest.formatVersion(), manifest.eventCounts().total(), manifest.entries().size(),
                        Files.size(output));
            } else {
                new PosthogExportWriter().write(recording, output);
                out.printf("wrote %s: PostHog export %s, %d events, %d bytes%n", output, PosthogExportWriter.VERSION,
                        recording.metadata().eventCount(), Files.size(output));
            }
        }
        out.flush();
        return ReplayCli.OK;
    }

    /** Accepts the names users type: bundle, posthog-json. */
    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return switch (value) {
                case "bundle" -> Target.bundle;
                case "posthog-json" -> Target.posthog_json;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format: use bundle or posthog-json");
            };
        }
    }
}
