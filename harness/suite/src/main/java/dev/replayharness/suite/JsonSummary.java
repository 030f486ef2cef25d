package dev.replayharness.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.Reproduction;
import dev.replayharness.compare.StepVerdict;
import dev.replayharness.run.StepOutcome;

/** The suite as one JSON document, for CI scripts ({@code replay verify --json}, {@code summary.json}). */
public final class JsonSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSummary() {
    }

    /** The summary, with the exit code the run ends with. */
    public static String of(SuiteResult result, int exitCode) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("exitCode", exitCode);
        root.put("bundles", result.outcomes().size());
        root.put("clean", result.outcomes().stream().filter(BundleOutcome::clean).count());
        if (result.report() != null) {
            root.put("report", result.report().toString());
        }
        ArrayNode list = root.putArray("results");
        for (BundleOutcome outcome : result.outcomes()) {
            ObjectNode node = list.addObject();
            node.put("bundle", outcome.bundle().name());
            if (outcome.unreadable() != null) {
                node.put("unreadable", outcome.unreadable());
                continue;
            }
            var replay = outcome.report().result();
            node.put("target", replay.target());
            node.put("steps", replay.outcomes().size());
            for (StepVerdict verdict : StepVerdict.values()) {
                node.put(verdict.word() + "Steps", outcome.report().count(verdict));
            }
            ArrayNode steps = node.putArray("stepResults");
            for (StepOutcome step : replay.outcomes()) {
                ObjectNode s = steps.addObject();
                s.put("step", step.step().number());
                s.put("describe", step.step().describe());
                s.put("verdict", outcome.report().verdictOf(step).word());
                if (step.reason() != null) {
                    s.put("reason", step.reason());
                }
            }
            node.put("durationMillis", replay.durationMillis());
            node.put("maxVisualRatio", outcome.report().maxVisualRatio());
            if (replay.error() != null) {
                node.put("error", replay.error());
            }
            ArrayNode divergences = node.putArray("divergences");
            for (Divergence divergence : outcome.report().divergences()) {
                ObjectNode d = divergences.addObject();
                d.put("kind", divergence.kind().name());
                d.put("severity", divergence.severity().name());
                d.put("step", divergence.step());
                d.put("where", divergence.where());
                d.put("expected", divergence.expected());
                d.put("actual", divergence.actual());
            }
            ObjectNode reproduction = node.putObject("reproduction");
            reproduction.put("reproduced", outcome.reproduction().reproduced());
            ArrayNode failures = reproduction.putArray("recordedFailures");
            for (Reproduction.Failure failure : outcome.reproduction().failures()) {
                ObjectNode f = failures.addObject();
                f.put("kind", failure.kind());
                f.put("recorded", failure.recorded());
                f.put("recurredAtStep", failure.step());
                if (failure.seen() != null) {
                    f.put("seen", failure.seen());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
