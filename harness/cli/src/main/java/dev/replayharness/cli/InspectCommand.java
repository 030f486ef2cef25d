package dev.replayharness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.bundle.RecordingMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code replay inspect FILE...}: what a recording holds. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows a recording's format, session, windows, timing, pages, event counts, interactions, "
                + "console errors, network requests and warnings.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recording files, any supported format, or "
            + "s3://bucket/key (one object) or s3://bucket/prefix/ (every recording under it).")
    List<String> files;

    @Option(names = "--merge", description = "Read all FILEs as one session (e.g. every /s/ body posthog-js sent).")
    boolean merge;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BundleRef> recordings = Recordings.at(files);
        List<List<BundleRef>> groups = new ArrayList<>();
        if (merge) {
            groups.add(recordings);
        } else {
            recordings.forEach(recording -> groups.add(List.of(recording)));
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = mapper.createArrayNode();
        for (List<BundleRef> group : groups) {
            List<String> names = group.stream().map(BundleRef::name).toList();
            try (Recording recording = Bundles.openAll(group.stream().flatMap(r -> r.files().stream()).toList(),
                    ReadLimits.defaults(), TerminalProgress.forThisProcess())) {
                RecordingMetadata metadata = recording.metadata();
                if (json) {
                    all.add(MetadataText.json(mapper, names, metadata));
                } else {
                    out.print(MetadataText.text(names, metadata));
                }
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(merge || groups.size() > 1 ? all : all.get(0)));
        }
        out.flush();
        return ReplayCli.OK;
    }
}
