package dev.replayharness.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.StepVerdict;
import dev.replayharness.run.StepOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One recording as the report shows it: its steps with what diverged at each, what diverged outside any step, and
 * the events its player plays.
 *
 * @param id      unique within the report, used in element ids
 * @param report  the verdict
 * @param steps   one per replayed step, in order
 * @param overall divergences of the recording as a whole, or of steps that never ran
 * @param player  what the player needs, or null when no events were given
 */
record RecordingView(String id, ReplayReport report, List<StepView> steps, List<Divergence> overall,
                     PlayerData player) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One replayed step.
     *
     * @param outcome      what happened
     * @param verdict      its one status, as every output shows it
     * @param divergences  what diverged there
     * @param visualRatio  the share of differing pixels, or null when no picture was compared
     * @param offsetMillis when the user did it, from the start of the player's events, or null when unknown
     */
    record StepView(StepOutcome outcome, StepVerdict verdict, List<Divergence> divergences, Double visualRatio,
                    Long offsetMillis) {

        boolean regression() {
            return verdict == StepVerdict.FAILED;
        }

        int number() {
            return outcome.step().number();
        }
    }

    /**
     * The player's input.
     *
     * @param eventsJson     the events as a JSON array, already escaped for a script element
     * @param eventCount     how many
     * @param durationMillis from the first event to the last
     */
    record PlayerData(String eventsJson, int eventCount, long durationMillis) {
    }

    static RecordingView of(String id, ReplayReport report, List<JsonNode> events) {
        Long start = null;
        PlayerData player = null;
        if (events != null && !events.isEmpty()) {
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (JsonNode event : events) {
                long timestamp = event.path("timestamp").asLong();
                first = Math.min(first, timestamp);
                last = Math.max(last, timestamp);
            }
            start = first;
            player = new PlayerData(Escape.scriptJson(toJson(events)), events.size(), last - first);
        }
        List<StepView> steps = new ArrayList<>();
        Set<Integer> shown = new HashSet<>();
        for (StepOutcome outcome : report.result().outcomes()) {
            int number = outcome.step().number();
            shown.add(number);
            Long offset = null;
            if (player != null) {
                long at = outcome.step().timestamp() - start;
                // A step of another tab than the one played falls outside its time line: no seeking there.
                offset = at >= 0 && at <= player.durationMillis() ? at : null;
            }
            steps.add(new StepView(outcome, report.verdictOf(outcome), report.at(number),
                    report.visualRatios().get(number), offset));
        }
        List<Divergence> overall = report.divergences().stream().filter(d -> !shown.contains(d.step())).toList();
        return new RecordingView(id, report, List.copyOf(steps), overall, player);
    }

    /** Failed when the replay stopped early, a step failed, or anything diverged as a regression. */
    boolean passed() {
        return report.result().error() == null && report.regressions().isEmpty()
                && steps.stream().noneMatch(StepView::regression);
    }

    private static String toJson(List<JsonNode> events) {
        try {
            return JSON.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the recording's events could not be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
