package dev.replayharness.html;

import dev.replayharness.compare.Divergence;
import dev.replayharness.run.RequestRecord;
import dev.replayharness.run.StepOutcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static dev.replayharness.html.Escape.html;

/** One step of a recording's time line: what was done, how it went, what diverged, its pictures and activity. */
final class StepWriter {

    /** A step's network log shows this many requests at most: a report stays readable, and small. */
    private static final int MAX_NETWORK_ROWS = 200;

    private final Appendable out;
    private final Pictures pictures;

    StepWriter(Appendable out, Pictures pictures) {
        this.out = out;
        this.pictures = pictures;
    }

    void write(RecordingView recording, RecordingView.StepView step) throws IOException {
        StepOutcome outcome = step.outcome();
        String id = recording.id() + "-s" + step.number();
        String status = step.verdict().word();
        out.append("<li class=\"step status-").append(status).append(step.regression() ? " regression" : "")
                .append("\" id=\"").append(id).append("\" data-step=\"").append(String.valueOf(step.number()))
                .append("\">\n<div class=\"step-head\"><span class=\"describe\">")
                .append(html(outcome.step().describe())).append("</span> <span class=\"badge ").append(status)
                .append("\">").append(status).append("</span> <span class=\"duration\">")
                .append(Format.millis(outcome.durationMillis())).append("</span>");
        if (step.offsetMillis() != null && recording.player() != null) {
            out.append(" <button type=\"button\" class=\"seek\" data-player=\"").append(recording.id())
                    .append("-player\" data-seek=\"").append(String.valueOf(step.offsetMillis()))
                    .append("\" title=\"show this moment in the player\">&#9654; ")
                    .append(Format.millis(step.offsetMillis())).append("</button>");
        }
        out.append("</div>\n");
        facts(step);
        divergences(step.divergences());
        pictures(id, step);
        activity(outcome);
        out.append("</li>\n");
    }

    private void facts(RecordingView.StepView step) throws IOException {
        StepOutcome outcome = step.outcome();
        out.append("<dl class=\"facts\">");
        fact("selector", outcome.found().selector() == null ? "none" : outcome.found().selector()
                + (outcome.found().drifted() ? " (drifted: candidate " + (outcome.found().rank() + 1) + ")" : ""));
        if (outcome.reason() != null) {
            fact("reason", outcome.reason());
        }
        if (outcome.page().urlAfter() != null) {
            fact("page after", outcome.page().urlAfter());
        }
        if (step.visualRatio() != null) {
            fact("picture differs", String.format(Locale.ROOT, "%.2f%% of pixels", step.visualRatio() * 100));
        }
        if (outcome.found().targetText() != null) {
            fact("target text", outcome.found().targetText());
        }
        out.append("</dl>\n");
    }

    private void fact(String name, String value) throws IOException {
        out.append("<div><dt>").append(name).append("</dt><dd>").append(html(value)).append("</dd></div>");
    }

    /** Also used for the divergences of a recording as a whole. */
    void divergences(List<Divergence> divergences) throws IOException {
        if (divergences.isEmpty()) {
            return;
        }
        out.append("<ul class=\"divergences\">\n");
        for (Divergence divergence : divergences) {
            String severity = divergence.severity().name().toLowerCase(Locale.ROOT);
            out.append("<li class=\"divergence severity-").append(severity).append("\" data-kind=\"")
                    .append(divergence.kind().name()).append("\"><span class=\"kind\">")
                    .append(divergence.kind().name()).append("</span> <span class=\"severity\">").append(severity)
                    .append("</span><div class=\"expected\">expected: ").append(html(divergence.expected()))
                    .append("</div><div class=\"actual\">was: ").append(html(divergence.actual()))
                    .append("</div></li>\n");
        }
        out.append("</ul>\n");
    }

    private void pictures(String id, RecordingView.StepView step) throws IOException {
        Divergence visual = step.divergences().stream()
                .filter(d -> d.kind() == Divergence.Kind.VISUAL_CHANGED && d.evidence().size() >= 3)
                .findFirst().orElse(null);
        if (visual != null) {
            compare(id, step.number(), visual.evidence());
        } else if (step.outcome().pictures().screenshot() != null) {
            out.append("<figure class=\"after\"><figcaption>after the step</figcaption>");
            image(pictures.embed(step.outcome().pictures().screenshot(), id + "-after",
                    "step " + step.number() + ", after"),
                    "the page after step " + step.number() + " (click to see it full size)", "thumb");
            out.append("</figure>\n");
        }
    }

    /** Expected under actual, the actual clipped by a slider; the diff beside them. */
    private void compare(String id, int number, List<Path> evidence) throws IOException {
        Pictures.Picture expected = pictures.embed(evidence.get(0), id + "-expected", "step " + number + ", expected");
        Pictures.Picture actual = pictures.embed(evidence.get(1), id + "-actual", "step " + number + ", actual");
        Pictures.Picture diff = pictures.embed(evidence.get(2), id + "-diff", "step " + number + ", diff");
        if (expected instanceof Pictures.Embedded && actual instanceof Pictures.Embedded) {
            out.append("<div class=\"compare\"><div class=\"compare-controls\">"
                    + "<button type=\"button\" data-show=\"100\">expected</button>"
                    + "<input type=\"range\" min=\"0\" max=\"100\" value=\"50\" "
                    + "aria-label=\"slide between the expected picture (left) and the actual one (right)\">"
                    + "<button type=\"button\" data-show=\"0\">actual</button></div>"
                    + "<div class=\"compare-stage\">");
            image(expected, "expected: the rebuilt recording at step " + number, "compare-expected");
            image(actual, "actual: the replay at step " + number, "compare-actual");
            out.append("</div><p class=\"hint\">left of the slider: expected (the recording); right: actual "
                    + "(the replay)</p></div>\n");
        } else {
            out.append("<figure class=\"expected\"><figcaption>expected</figcaption>");
            image(expected, "expected: the rebuilt recording at step " + number);
            out.append("</figure><figure class=\"actual\"><figcaption>actual</figcaption>");
            image(actual, "actual: the replay at step " + number);
            out.append("</figure>\n");
        }
        out.append("<figure class=\"diff\"><figcaption>diff (differing pixels in red)</figcaption>");
        image(diff, "diff at step " + number, "diff-image");
        out.append("</figure>\n");
    }

    private void image(Pictures.Picture picture, String alt) throws IOException {
        image(picture, alt, "");
    }

    private void image(Pictures.Picture picture, String alt, String cssClass) throws IOException {
        // Java 17: no pattern matching in switch yet.
        if (picture instanceof Pictures.Embedded embedded) {
            out.append("<img id=\"").append(embedded.anchor()).append("\" class=\"").append(cssClass)
                    .append("\" width=\"").append(String.valueOf(embedded.width())).append("\" height=\"")
                    .append(String.valueOf(embedded.height())).append("\" alt=\"").append(html(alt))
                    .append("\" decoding=\"async\" src=\"").append(embedded.dataUri())
                    .append("\">");
        } else if (picture instanceof Pictures.Repeated repeated) {
            out.append("<p class=\"repeat ").append(cssClass).append("\">the same picture as <a href=\"#")
                    .append(repeated.anchor()).append("\">").append(html(repeated.label())).append("</a></p>");
        } else if (picture instanceof Pictures.Left left) {
            out.append("<p class=\"left-out\">picture not embedded: ")
                    .append(left.file() == null ? "" : html(left.file().toString()) + " ").append(html(left.reason()))
                    .append("</p>");
        }
    }

    private void activity(StepOutcome outcome) throws IOException {
        StepOutcome.PageEvidence page = outcome.page();
        int total = page.console().size() + page.pageErrors().size() + page.failedRequests().size()
                + page.blockedRequests().size() + page.slowRequests().size() + outcome.notes().size();
        out.append("<details class=\"activity\"").append(outcome.page().pageErrors().isEmpty()
                        && outcome.page().failedRequests().isEmpty() ? "" : " open")
                .append("><summary>console ").append(String.valueOf(outcome.page().console().size()))
                .append(" &middot; page errors ").append(String.valueOf(outcome.page().pageErrors().size()))
                .append(" &middot; failed requests ").append(String.valueOf(outcome.page().failedRequests().size()))
                .append(" &middot; blocked ").append(String.valueOf(outcome.page().blockedRequests().size()))
                .append(" &middot; slow ").append(String.valueOf(outcome.page().slowRequests().size()))
                .append(" &middot; requests ").append(String.valueOf(page.requests().size()))
                .append("</summary>");
        if (total == 0 && page.requests().isEmpty()) {
            out.append("<p class=\"quiet\">nothing logged and no request made during this step</p>");
        }
        list("console", "console", outcome.page().console());
        list("page errors", "page-errors", outcome.page().pageErrors());
        list("failed requests", "failed-requests", outcome.page().failedRequests());
        list("blocked requests", "blocked-requests", outcome.page().blockedRequests());
        list("slow requests", "slow-requests", outcome.page().slowRequests());
        list("notes", "notes", outcome.notes());
        network(page.requests());
        out.append("</details>\n");
    }

    /** The step's network log: every request that ended during it, with its status and time. */
    private void network(List<RequestRecord> requests) throws IOException {
        if (requests.isEmpty()) {
            return;
        }
        long fromRecording = requests.stream().filter(r -> r.source() == RequestRecord.Source.RECORDING).count();
        long unrecorded = requests.stream().filter(r -> r.source() == RequestRecord.Source.UNRECORDED).count();
        out.append("<h4>network</h4>");
        if (fromRecording + unrecorded > 0) {
            out.append("<p class=\"quiet\">").append(String.valueOf(fromRecording))
                    .append(" answered from the recording &middot; ").append(String.valueOf(unrecorded))
                    .append(" not in the recording, sent to the target</p>");
        }
        out.append("<table class=\"network\"><thead><tr><th>method</th><th>address</th>"
                + "<th>status</th><th>ms</th><th>answered by</th></tr></thead><tbody>");
        for (RequestRecord request : requests.subList(0, Math.min(requests.size(), MAX_NETWORK_ROWS))) {
            out.append("<tr").append(request.failed() ? " class=\"failed\"" : "").append("><td>")
                    .append(html(request.method())).append("</td><td>").append(html(request.url()))
                    .append("</td><td>").append(html(request.outcome())).append("</td><td>")
                    .append(request.durationMillis() >= 0 ? String.valueOf(Math.round(request.durationMillis())) : "")
                    .append("</td><td>").append(answeredBy(request.source())).append("</td></tr>");
        }
        out.append("</tbody></table>");
        if (requests.size() > MAX_NETWORK_ROWS) {
            out.append("<p class=\"quiet\">and ").append(String.valueOf(requests.size() - MAX_NETWORK_ROWS))
                    .append(" more requests</p>");
        }
    }

    private static String answeredBy(RequestRecord.Source source) {
        return switch (source) {
            case TARGET -> "target";
            case RECORDING -> "recording";
            case UNRECORDED -> "target (not in the recording)";
            case WITHHELD -> "withheld (not in the recording)";
        };
    }

    private void list(String title, String cssClass, List<?> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        out.append("<h4>").append(title).append("</h4><ul class=\"log ").append(cssClass).append("\">");
        for (Object line : lines) {
            out.append("<li>").append(html(line.toString())).append("</li>");
        }
        out.append("</ul>");
    }
}
