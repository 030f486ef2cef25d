package dev.replayharness.html;

import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.StepVerdict;
import dev.replayharness.run.ReplayResult;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.replayharness.html.Escape.html;

/** The whole document: policy, summary, one section per recording, then the scripts. */
final class PageWriter {

    private final Appendable out;
    private final ReportAssets assets;
    private final StepWriter steps;

    PageWriter(Appendable out, ReportAssets assets, Pictures pictures) {
        this.out = out;
        this.assets = assets;
        this.steps = new StepWriter(out, pictures);
    }

    void write(String title, List<RecordingView> recordings) throws IOException {
        boolean anyPlayer = recordings.stream().anyMatch(r -> r.player() != null);
        // Without a recording to play, the player's 230 KB are left out.
        List<String> scripts = anyPlayer ? List.of(assets.playerScript(), assets.reportScript())
                : List.of(assets.reportScript());
        out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(html(ContentPolicy.forScripts(scripts))).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Replay Harness HTML report\">\n")
                .append("<title>").append(html(title)).append("</title>\n");
        if (anyPlayer) {
            out.append("<style>").append(assets.playerStyle()).append("</style>\n");
        }
        out.append("<style>").append(assets.reportStyle()).append("</style>\n</head>\n<body>\n<header><h1>")
                .append(html(title)).append("</h1></header>\n<main>\n");
        summary(Summary.of(recordings));
        // Failed recordings first: they are what a reader opens the report for.
        List<RecordingView> ordered = new ArrayList<>(recordings);
        ordered.sort(Comparator.comparing(RecordingView::passed));
        if (recordings.size() > 1) {
            toolbar(recordings);
        }
        out.append("<div class=\"recordings\">\n");
        for (RecordingView recording : ordered) {
            // One recording opens at once; of many, each stays closed (pictures undecoded, player not started)
            // until the reader opens it.
            recording(recording, recordings.size() == 1);
        }
        out.append("</div>\n");
        out.append("</main>\n<footer>written by Replay Harness on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (anyPlayer) {
            out.append(" &middot; recordings played by rrweb-player ").append(html(assets.playerVersion()))
                    .append(" (MIT licence, github.com/rrweb-io/rrweb)");
        }
        out.append("</footer>\n");
        for (String script : scripts) {
            out.append("<script>").append(script).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
    }

    private void summary(Summary summary) throws IOException {
        Map<StepVerdict, Integer> byStatus = summary.stepsByStatus();
        out.append("<section id=\"summary\" class=\"summary ")
                .append(summary.failedRecordings() == 0 ? "passed" : "failed").append("\">\n<h2>Summary</h2>\n")
                .append("<dl class=\"counts\">");
        count("recordings", "recordings", summary.recordings());
        count("passed", "recordings-passed", summary.recordings() - summary.failedRecordings());
        count("failed", "recordings-failed", summary.failedRecordings());
        count("steps", "steps", summary.steps());
        for (StepVerdict verdict : StepVerdict.values()) {
            count("steps " + verdict.word(), "steps-" + verdict.word(), byStatus.get(verdict));
        }
        count("divergences", "divergences", summary.divergences());
        count("regressions", "regressions", summary.regressions());
        out.append("</dl>\n");
        if (!summary.byKind().isEmpty()) {
            out.append("<table class=\"kinds\"><thead><tr><th>divergence</th><th>count</th></tr></thead><tbody>");
            for (Map.Entry<Divergence.Kind, Integer> entry : summary.byKind().entrySet()) {
                out.append("<tr data-kind=\"").append(entry.getKey().name()).append("\"><td>")
                        .append(entry.getKey().name()).append("</td><td>").append(String.valueOf(entry.getValue()))
                        .append("</td></tr>");
            }
            out.append("</tbody></table>\n");
        }
        out.append("</section>\n");
    }

    /** Filters by verdict and a search over names, addresses, steps and divergence kinds. */
    private void toolbar(List<RecordingView> recordings) throws IOException {
        long failed = recordings.stream().filter(r -> !r.passed()).count();
        out.append("<nav class=\"toolbar\" aria-label=\"find recordings\"><div class=\"filters\" role=\"group\" "
                + "aria-label=\"show\">");
        filter("all", recordings.size(), true);
        filter("failed", failed, false);
        filter("passed", recordings.size() - failed, false);
        out.append("</div><input type=\"search\" id=\"search\" placeholder=\"search recordings, steps, "
                + "divergences\" aria-label=\"search recordings\"><span class=\"shown\" aria-live=\"polite\">")
                .append(String.valueOf(recordings.size())).append(" of ").append(String.valueOf(recordings.size()))
                .append(" shown</span></nav>\n");
    }

    private void filter(String verdict, long count, boolean pressed) throws IOException {
        out.append("<button type=\"button\" data-filter=\"").append(verdict).append("\" aria-pressed=\"")
                .append(String.valueOf(pressed)).append("\">").append(verdict).append(" <span class=\"n\">")
                .append(String.valueOf(count)).append("</span></button>");
    }

    /** What the search box matches a recording by, lower case. */
    private static String searchText(RecordingView recording) {
        ReplayResult result = recording.report().result();
        StringBuilder text = new StringBuilder(result.name()).append(' ').append(result.target());
        recording.steps().forEach(step -> text.append(' ').append(step.outcome().step().describe()));
        recording.report().divergences().forEach(d -> text.append(' ').append(d.kind().name()));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private void count(String label, String key, int value) throws IOException {
        out.append("<div><dt>").append(label).append("</dt><dd data-count=\"").append(key).append("\">")
                .append(String.valueOf(value)).append("</dd></div>");
    }

    private void recording(RecordingView recording, boolean open) throws IOException {
        ReplayResult result = recording.report().result();
        String verdict = recording.passed() ? "passed" : "failed";
        out.append("<details class=\"recording ").append(verdict).append("\" id=\"").append(recording.id())
                .append("\" data-verdict=\"").append(verdict).append("\" data-search=\"")
                .append(html(searchText(recording))).append("\"").append(open ? " open" : "")
                .append(">\n<summary><h2><span class=\"badge ").append(verdict).append("\">").append(verdict)
                .append("</span> ").append(html(result.name())).append("</h2></summary>\n<p class=\"meta\">against ")
                .append(html(result.target())).append(" &middot; ").append(String.valueOf(recording.steps().size()))
                .append(" steps &middot; ").append(Format.millis(result.durationMillis()));
        if (result.journey() != null && result.journey().startUrl() != null) {
            out.append(" &middot; recorded on ").append(html(result.journey().startUrl()));
        }
        out.append("</p>\n");
        if (result.error() != null) {
            out.append("<p class=\"error\">the replay stopped: ").append(html(result.error())).append("</p>\n");
        }
        steps.divergences(recording.overall());
        if (recording.player() != null) {
            player(recording);
        }
        out.append("<ol class=\"timeline\">\n");
        for (RecordingView.StepView step : recording.steps()) {
            steps.write(recording, step);
        }
        out.append("</ol>\n</details>\n");
    }

    private void player(RecordingView recording) throws IOException {
        RecordingView.PlayerData player = recording.player();
        String playerId = recording.id() + "-player";
        out.append("<div class=\"player-box\">\n<div class=\"player\" id=\"").append(playerId)
                .append("\" data-events=\"").append(recording.id()).append("-events\"></div>\n")
                .append("<div class=\"markers\" aria-label=\"divergences on the recording's time line\">");
        for (RecordingView.StepView step : recording.steps()) {
            if (step.divergences().isEmpty() || step.offsetMillis() == null) {
                continue;
            }
            double left = player.durationMillis() == 0 ? 0 : 100.0 * step.offsetMillis() / player.durationMillis();
            String kinds = String.join(", ", step.divergences().stream().map(d -> d.kind().name()).distinct()
                    .toList());
            out.append("<a class=\"marker").append(step.regression() ? " regression" : "").append("\" href=\"#")
                    .append(recording.id()).append("-s").append(String.valueOf(step.number()))
                    .append("\" data-player=\"").append(playerId).append("\" data-seek=\"")
                    .append(String.valueOf(step.offsetMillis())).append("\" style=\"left: ")
                    .append(String.format(Locale.ROOT, "%.3f", left)).append("%\" title=\"step ")
                    .append(String.valueOf(step.number())).append(" at ").append(Format.millis(step.offsetMillis()))
                    .append(": ").append(kinds).append("\">").append(String.valueOf(step.number())).append("</a>");
        }
        out.append("</div>\n<p class=\"hint\">").append(String.valueOf(player.eventCount()))
                .append(" recorded events, ").append(Format.millis(player.durationMillis()))
                .append(". The numbered marks are steps where the replay diverged: a click seeks the player to the "
                        + "moment the user acted.</p>\n</div>\n<script type=\"application/json\" id=\"")
                .append(recording.id()).append("-events\">").append(player.eventsJson()).append("</script>\n");
    }
}
