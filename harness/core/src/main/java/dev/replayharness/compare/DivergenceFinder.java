package dev.replayharness.compare;

import dev.replayharness.compare.Divergence.Kind;
import dev.replayharness.compare.Divergence.Severity;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.ElementTarget;
import dev.replayharness.journey.RecordIds;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.run.ConsoleEntry;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.RequestRecord;
import dev.replayharness.run.StepFailure;
import dev.replayharness.run.StepOutcome;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Behavioural divergence: what the replay did that the recording did not. Each step's outcome is read against
 * the recorded step (its target's text, where it led) and what the recording says the page did (console errors,
 * failed requests).
 */
public final class DivergenceFinder {

    /** What a page's own rejection of a failed load reads like in Chromium, once normalised. */
    private static final Pattern NETWORK_ERROR = Pattern.compile(
            "^(NetworkError\\b|TypeError: Failed to fetch|net::ERR_)");

    /**
     * A region with more words than this is the page rather than the part around the target (a story river, a
     * main column): its text changes with every popup and timer, and says nothing about the step.
     */
    static final int MAX_REGION_WORDS = 60;

    private final RecordedBehaviour recorded;
    private final CompareOptions options;

    public DivergenceFinder(RecordedBehaviour recorded, CompareOptions options) {
        this.recorded = recorded;
        this.options = options;
    }

    /** Every behavioural divergence of a replay, in step order. */
    public List<Divergence> behavioural(ReplayResult result) {
        List<Divergence> found = new ArrayList<>();
        if (result.error() != null) {
            found.add(new Divergence(Kind.STEP_FAILED, Severity.REGRESSION, 0, "the replay", "the replay to run",
                    result.error(), List.of()));
            return found;
        }
        String previousUrl = result.journey().startUrl();
        boolean needsSession = false;
        DataDiffers dataDiffers = null;
        for (StepOutcome outcome : result.outcomes()) {
            Step step = outcome.step();
            if (needsSession && outcome.failure() instanceof StepFailure.NotRun) {
                continue; // not run for want of the session: its NEEDS_SESSION says all there is to say
            }
            needsSession |= outcome.failure() instanceof StepFailure.NeedsSession;
            if (dataDiffers == null) {
                dataDiffers = missingRecord(outcome).orElse(null);
            }
            found.addAll(ofStep(result.journey(), outcome, previousUrl, dataDiffers));
            previousUrl = step.urlAfter() != null ? step.urlAfter() : previousUrl;
        }
        return found;
    }

    /**
     * The first sign that the target's data lacks a record the recording showed: a request whose address carries
     * an id, answered 404 or 410 here where it succeeded when recorded.
     *
     * @param step    the step it was seen at
     * @param request the request
     */
    private record DataDiffers(int step, RequestRecord request) {
        String describe() {
            return "step " + step + "'s " + request + " found no such record, where it succeeded when recorded";
        }
    }

    private java.util.Optional<DataDiffers> missingRecord(StepOutcome outcome) {
        return outcome.page().failedRequests().stream().filter(this::isMissingRecord).findFirst()
                .map(request -> new DataDiffers(outcome.step().number(), request));
    }

    private boolean isMissingRecord(RequestRecord request) {
        return request.outcome().matches("404|410")
                && recorded.evidenceFor(request) == RecordedBehaviour.RequestEvidence.SUCCEEDED_WHEN_RECORDED
                && RecordIds.inPath(RecordedBehaviour.path(request.url())).isPresent();
    }

    /**
     * A missing target is a record of the recording's data (DATA_DEPENDENT) when the recording shows it was a data
     * item and the target shows its data differs: the item names a record by its id and its list is there without
     * that id in any row, or a record the recording fetched was not found. Otherwise the build lost it
     * (ELEMENT_MISSING): a list of fixed controls or of the same records, short of one, is the build's doing.
     */
    private java.util.Optional<String> dataDependence(StepOutcome outcome, DataDiffers dataDiffers) {
        ElementTarget target = outcome.step().action().target();
        if (!(outcome.failure() instanceof StepFailure.ElementNotFound missing) || target == null
                || target.dataItem() == null) {
            return java.util.Optional.empty();
        }
        String item = (target.name() != null ? "'" + abbreviate(target.name()) + "'" : target.tagName()) + " ("
                + target.dataItem().evidence() + ")";
        java.util.Optional<String> id = RecordIds.find(target.name()).or(() -> RecordIds.find(target.text()));
        List<String> rows = missing.rowsOnTarget();
        if (id.isPresent() && rows != null && rows.stream().noneMatch(row -> row.contains(id.get()))) {
            return java.util.Optional.of(item + " is not in the target's list: no row holds " + id.get()
                    + "; the list has " + rows.size() + (rows.size() == 1 ? " row" : " rows")
                    + (rows.isEmpty() ? "" : ", the first '" + abbreviate(rows.get(0)) + "'"));
        }
        if (dataDiffers != null) {
            return java.util.Optional.of(item + " is not on the target's page, whose data lacks the recording's: "
                    + dataDiffers.describe());
        }
        return java.util.Optional.empty();
    }

    private List<Divergence> ofStep(Journey journey, StepOutcome outcome, String previousRecordedUrl,
                                    DataDiffers dataDiffers) {
        List<Divergence> found = new ArrayList<>();
        Step step = outcome.step();
        String where = step.describe();
        List<java.nio.file.Path> evidence = outcome.pictures().evidence();
        java.util.Optional<String> dataDependent = dataDependence(outcome, dataDiffers);
        switch (outcome.status()) {
            case FAILED -> found.add(dataDependent.isPresent()
                    ? new Divergence(Kind.DATA_DEPENDENT, Severity.WARNING, step.number(), where,
                    "the recorded record to be there", dataDependent.get(), evidence)
                    : new Divergence(outcome.failure() instanceof StepFailure.ElementNotFound
                    ? Kind.ELEMENT_MISSING : outcome.failure() instanceof StepFailure.NeedsSession
                    ? Kind.NEEDS_SESSION : Kind.STEP_FAILED, Severity.REGRESSION,
                    step.number(), where, "the step to be done as recorded", outcome.reason(), evidence));
            case SKIPPED -> {
                boolean needsInput = outcome.failure() instanceof StepFailure.NeedsInput;
                found.add(new Divergence(needsInput ? Kind.NEEDS_INPUT : Kind.STEP_FAILED,
                        needsInput ? Severity.WARNING : Severity.REGRESSION, step.number(), where, "the step to run",
                        outcome.reason(), evidence));
            }
            case PASSED -> { }
        }
        if (outcome.found().drifted()) {
            found.add(new Divergence(Kind.SELECTOR_DRIFT, Severity.INFO, step.number(), where,
                    "found by " + step.action().target().candidates().get(0), "found by " + outcome.found().selector(),
                    evidence));
        }
        for (ConsoleEntry entry : outcome.page().console()) {
            if (entry.isError() && !recorded.consoleErrors().contains(RecordedBehaviour.normaliseMessage(entry.text()))) {
                found.add(new Divergence(Kind.CONSOLE_ERROR, Severity.REGRESSION, step.number(), where,
                        "no such console error", entry.text(), evidence));
            }
        }
        for (String error : outcome.page().pageErrors()) {
            String first = error.lines().findFirst().orElse(error);
            if (!recorded.consoleErrors().contains(RecordedBehaviour.normaliseMessage(first))) {
                // A load that failed because the replay blocked its origin (a web font from a CDN) is the
                // harness's doing, not the build's: the page's own rejection of it is information.
                boolean blockedByUs = !outcome.page().blockedRequests().isEmpty()
                        && NETWORK_ERROR.matcher(RecordedBehaviour.normaliseMessage(first)).find();
                found.add(new Divergence(Kind.PAGE_ERROR, blockedByUs ? Severity.INFO : Severity.REGRESSION,
                        step.number(), where, "no uncaught error",
                        blockedByUs ? first + " (" + blockedBy(outcome) + ")" : first, evidence));
            }
        }
        for (RequestRecord request : outcome.page().failedRequests()) {
            if (options.ignoredRequests().contains(RecordedBehaviour.path(request.url()))) {
                continue;
            }
            if (isMissingRecord(request)) {
                found.add(new Divergence(Kind.DATA_DEPENDENT, Severity.WARNING, step.number(), where,
                        "the record the recording fetched", request + ": the target's data has no such record",
                        evidence));
                continue;
            }
            if (outcome.failure() instanceof StepFailure.NeedsSession && request.outcome().matches("401|403")) {
                continue; // the refusal that sent it to the login: its NEEDS_SESSION says it
            }
            failedRequest(request, step, evidence).ifPresent(found::add);
        }
        for (RequestRecord slow : outcome.page().slowRequests()) {
            Double recordedMillis = recorded.requestMillis().get(RecordedBehaviour.requestKey(slow));
            if (recordedMillis == null || slow.durationMillis() > 2 * recordedMillis) {
                found.add(new Divergence(Kind.SLOW_REQUEST, Severity.REGRESSION, step.number(), where,
                        recordedMillis == null ? "requests to answer quickly" : "about " + Math.round(recordedMillis)
                                + " ms, as recorded", slow.toString(), evidence));
            }
        }
        if (outcome.status() == StepOutcome.Status.PASSED) {
            url(journey, outcome, previousRecordedUrl).ifPresent(found::add);
            text(outcome).forEach(found::add);
        }
        return found;
    }

    /**
     * A failed request is judged by what the recording shows of it. Where the recording has it succeeding, its
     * failure is a regression; where it failed then too, it is expected. Where the recording is silent (no
     * network capture, or a request made before the recorder started, like a page's first loads) a server error
     * or a broken connection still speaks for itself, while a 4xx answer (a missing favicon, a probe for an
     * optional file) or a request the page cancelled is information only.
     */
    private java.util.Optional<Divergence> failedRequest(RequestRecord request, Step step,
                                                         List<java.nio.file.Path> evidence) {
        String outcome = request.outcome();
        return switch (recorded.evidenceFor(request)) {
            case FAILED_WHEN_RECORDED -> java.util.Optional.empty();
            case SUCCEEDED_WHEN_RECORDED -> java.util.Optional.of(new Divergence(Kind.FAILED_REQUEST,
                    Severity.REGRESSION, step.number(), step.describe(), "the request to succeed, as recorded",
                    request.toString(), evidence));
            case NOT_RECORDED -> {
                boolean cancelled = outcome.contains("ERR_ABORTED");
                boolean clientError = outcome.matches("4\\d\\d");
                boolean speaksForItself = !cancelled && !clientError;
                yield java.util.Optional.of(new Divergence(Kind.FAILED_REQUEST,
                        speaksForItself ? Severity.REGRESSION : Severity.INFO, step.number(), step.describe(),
                        speaksForItself ? "the request to succeed" : "nothing: the recording does not show this request",
                        request.toString(), evidence));
            }
        };
    }

    /**
     * The address after the step, where the recording says where it led: always with posthog-js's address
     * tracking; with plain rrweb only where a page load shows it (inside a single-page app it cannot know).
     */
    private java.util.Optional<Divergence> url(Journey journey, StepOutcome outcome, String previousRecordedUrl) {
        Step step = outcome.step();
        if (step.urlAfter() == null || outcome.page().urlAfter() == null) {
            return java.util.Optional.empty();
        }
        boolean seen = !step.urlAfter().equals(previousRecordedUrl)
                || step.action() instanceof Action.Navigate || step.action() instanceof Action.History;
        if (!seen && !journey.tracksUrlChanges()) {
            return java.util.Optional.empty();
        }
        // posthog-js reports a $pageview when the path changes, not the query: where it reported nothing, only
        // the path is known to have stayed.
        String expected = seen ? comparable(step.urlAfter()) : RecordedBehaviour.path(step.urlAfter());
        String after = outcome.page().urlAfter();
        String actual = seen ? comparable(after) : RecordedBehaviour.path(after);
        if (expected.equals(actual)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Divergence(Kind.URL_CHANGED, Severity.REGRESSION, step.number(),
                step.describe(), expected, actual, outcome.pictures().evidence()));
    }

    /** Path and query (sorted, ignored parameters left out): the origin is the target's, not the recording's. */
    private String comparable(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() == null) {
                return path;
            }
            TreeMap<String, String> query = new TreeMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!options.ignoredQueryParams().contains(name)) {
                    query.put(pair, pair);
                }
            }
            return query.isEmpty() ? path : path + "?" + String.join("&", query.keySet());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * The target's own text must read the same (volatile parts masked); its region's must hold the same words,
     * in any order (a reordered list is not a regression).
     */
    private List<Divergence> text(StepOutcome outcome) {
        List<Divergence> found = new ArrayList<>();
        Step step = outcome.step();
        ElementTarget target = step.action().target();
        if (target == null) {
            return found;
        }
        List<java.nio.file.Path> evidence = outcome.pictures().evidence();
        // A control without text (an input button, an icon with a title) is compared by the name it read by.
        String recordedText = !isBlank(target.text()) ? target.text()
                : !isBlank(outcome.found().targetText()) ? target.name() : null;
        if (!isBlank(recordedText) && outcome.found().targetText() != null
                && !MaskedText.matches(stable(recordedText), stable(outcome.found().targetText()))) {
            found.add(new Divergence(Kind.TEXT_CHANGED, Severity.REGRESSION, step.number(), step.describe(),
                    "'" + recordedText + "'", "'" + outcome.found().targetText() + "'", evidence));
        } else if (target.regionText() != null && outcome.found().regionText() != null
                && words(target.regionText()).size() <= MAX_REGION_WORDS
                && !(outcome.found().regionPartlyMasked()
                ? MaskedText.holdsWords(words(target.regionText()), words(outcome.found().regionText()))
                : MaskedText.sameWords(words(target.regionText()), words(outcome.found().regionText())))) {
            found.add(new Divergence(Kind.TEXT_CHANGED, Severity.REGRESSION, step.number(), step.describe(),
                    "the region around it to read '" + abbreviate(target.regionText()) + "'",
                    "'" + abbreviate(outcome.found().regionText()) + "'", evidence));
        }
        return found;
    }

    /** "the replay blocked GET https://fonts... and 2 more". */
    private static String blockedBy(StepOutcome outcome) {
        List<RequestRecord> blocked = outcome.page().blockedRequests();
        return "the replay blocked " + blocked.get(0)
                + (blocked.size() > 1 ? " and " + (blocked.size() - 1) + " more" : "");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private String stable(String text) {
        String result = text;
        for (Pattern pattern : options.volatileText()) {
            result = pattern.matcher(result).replaceAll("#");
        }
        return result.replaceAll("\\s+", " ").trim();
    }

    private List<String> words(String text) {
        return Arrays.stream(stable(text).split(" ")).filter(word -> !word.isEmpty()).sorted().toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
