package dev.replayharness.run;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.Recording;
import dev.replayharness.inputs.SecretText;
import dev.replayharness.conditions.ClockMode;
import dev.replayharness.conditions.RecordedClock;
import dev.replayharness.conditions.ReplayConditions;
import dev.replayharness.conditions.SeededChance;
import dev.replayharness.network.NetworkDataException;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.JourneyExtractor;
import dev.replayharness.journey.Step;
import dev.replayharness.journey.UrlRewrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays recordings against targets in Chromium. Each recording gets a fresh context with its recorded viewport
 * and reduced motion; each step is done, then the page is given a bounded time to settle, then its URL, console,
 * errors, failed requests and a screenshot are taken. Every wait is bounded; a failed step does not stop the
 * steps after it; a crashed page fails the rest of its recording and the next recording gets a fresh browser.
 * Requests may reach only the target (the recorded origin is routed there) and the allowed origins.
 */
public final class ReplayRunner implements AutoCloseable {

    private static final String QUIET_PROBE = """
            (() => {
              window.__replayLastChange = performance.now();
              new MutationObserver(() => { window.__replayLastChange = performance.now(); })
                .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            })();
            """;
    /** The DOM must be still this long for the page to count as settled. */
    private static final double QUIET_MILLIS = 100;
    /** Where the page is scrolled, and the visible boxes of the mask selectors' elements within the viewport. */
    private static final String PROBE = """
            selectors => {
              const masks = [];
              const invalid = [];
              for (const selector of selectors) {
                let found;
                try { found = document.querySelectorAll(selector); } catch (e) { invalid.push(selector); continue; }
                for (const element of found) {
                  const box = element.getBoundingClientRect();
                  if (box.width > 0 && box.height > 0) masks.push([box.x, box.y, box.width, box.height]);
                }
              }
              return { scroll: [window.scrollX, window.scrollY], masks, invalid };
            }""";
    private static final String WAIT_FOR_QUIET = """
            ([quietFor, limit]) => new Promise(resolve => {
              const start = performance.now();
              const check = () => {
                const still = performance.now() - (window.__replayLastChange || 0);
                if (still >= quietFor) resolve(true);
                else if (performance.now() - start >= limit) resolve(false);
                else setTimeout(check, Math.min(25, quietFor - still + 1));
              };
              check();
            })""";

    /** Painted over in every step picture and left out of every comparison. */
    private static final String PASSWORD_FIELDS = "input[type=password]";

    private final ReplayOptions options;
    /** The user's mask selectors and the password fields: what comparisons leave out. */
    private final List<String> masks;
    private final SecretText secrets;
    private final boolean ownsSession;
    private BrowserSession session;
    private StepListener listener = StepListener.NONE;
    private RecordedActivity recordedActivity;

    private ReplayRunner(BrowserSession session, boolean ownsSession, ReplayOptions options) {
        this.session = session;
        this.ownsSession = ownsSession;
        this.options = options;
        this.masks = java.util.stream.Stream.concat(options.maskSelectors().stream(), java.util.stream.Stream.of(
                PASSWORD_FIELDS)).distinct().toList();
        this.secrets = options.inputs().secrets();
    }

    /** A runner with its own browser, launched now and closed with the runner. */
    public static ReplayRunner launch(ReplayOptions options) {
        return new ReplayRunner(BrowserSession.launch(), true, options);
    }

    /** A runner on the caller's browser session (the caller closes it). */
    public static ReplayRunner on(BrowserSession session, ReplayOptions options) {
        return new ReplayRunner(session, false, options);
    }

    /** Tells {@code stepListener} of each step as it is done (and lets it stop a replay). */
    public ReplayRunner listening(StepListener stepListener) {
        this.listener = java.util.Objects.requireNonNull(stepListener, "stepListener");
        return this;
    }

    /**
     * Gives the replay the recording's console and network data: with {@code --network recorded} its requests are
     * answered from {@code activity}'s responses.
     */
    public ReplayRunner answeringFrom(RecordedActivity activity) {
        this.recordedActivity = activity;
        return this;
    }

    /** Extracts the recording's journey and replays it against the app answering at {@code base}. */
    public ReplayResult run(String name, Recording recording, URI base) {
        Journey journey;
        try {
            journey = JourneyExtractor.extract(recording);
            if (recordedActivity == null && options.conditions().network() instanceof NetworkMode.Recorded) {
                recordedActivity = RecordedActivity.of(recording);
            }
        } catch (RuntimeException e) {
            return new ReplayResult(name, base.toString(), null, List.of(),
                    "the recording could not be read as a journey: " + e.getMessage(), 0);
        }
        return run(name, journey, base);
    }

    /**
     * Replays a journey against the app answering at {@code base}. The runner starts no app: whoever chose the
     * build starts it ({@code verify.Apps}) and passes its address.
     *
     * @throws NetworkDataException before anything is replayed, when the network mode needs data this recording
     *                              or its HAR does not have: an input error, not a divergence
     */
    public ReplayResult run(String name, Journey recorded, URI base) {
        long started = System.currentTimeMillis();
        // Production's ids onto the target's: what is replayed and what is expected after each step.
        Journey journey = options.urlRewrites().isEmpty() ? recorded
                : recorded.withUrls(url -> UrlRewrite.applyAll(options.urlRewrites(), url));
        try {
            ensureBrowser();
            List<StepOutcome> outcomes = replay(name, journey, base);
            return secrets.hideIn(new ReplayResult(name, base.toString(), journey, outcomes, null,
                    System.currentTimeMillis() - started));
        } catch (PlaywrightException e) {
            return secrets.hideIn(new ReplayResult(name, base.toString(), journey, List.of(),
                    "the browser failed: " + TargetLocator.firstLine(e.getMessage()), System.currentTimeMillis() - started));
        }
    }

    private void ensureBrowser() {
        if (ownsSession && !session.browser().isConnected()) {
            session.close();
            session = BrowserSession.launch(session.settings());
        }
    }

    private List<StepOutcome> replay(String name, Journey journey, URI base) {
        // The target's own origin and the allowed ones load as they are; the recorded app's origin moves onto the
        // target; all else is blocked.
        NetworkPolicy policy = NetworkPolicy.blockAll().allowing(options.allowedOrigins())
                .allowing(List.of(base.toString()));
        if (NetworkPolicy.originOf(journey.startUrl()) != null) {
            policy = policy.mapping(journey.startUrl(), base.toString());
        }
        int width = journey.viewportWidth() > 0 ? journey.viewportWidth() : 1280;
        int height = journey.viewportHeight() > 0 ? journey.viewportHeight() : 720;
        ReplayConditions conditions = options.conditions();
        PageWatch watch = new PageWatch();
        List<StepOutcome> outcomes = new ArrayList<>();
        String recordedOrigin = NetworkPolicy.originOf(journey.startUrl());
        String replayOrigin = NetworkPolicy.originOf(base.toString());
        try (WorkFolder work = new WorkFolder()) {
            ReplayNetwork network = ReplayNetwork.prepare(name, conditions, recordedActivity, policy, recordedOrigin,
                    replayOrigin, watch, work);
            ReplayStorage storage = ReplayStorage.prepare(name, conditions, recordedOrigin, replayOrigin, work);
            ContextSpec spec = storage.shape(network.shape(new ContextSpec(width, height, true)));
            try (BrowserContext context = session.newContext(spec)) {
                playAll(name, journey, context, network, policy, watch, outcomes);
                String unsaved = storage.save(context);
                if (unsaved != null && !outcomes.isEmpty()) {
                    StepOutcome last = outcomes.remove(outcomes.size() - 1);
                    outcomes.add(last.withNote(unsaved));
                }
            }
            network.finish(secrets);
        }
        return outcomes;
    }

    /** Sets up the context (routes, clock, chance, the quiet probe) and plays every step, adding their outcomes. */
    private void playAll(String name, Journey journey, BrowserContext context, ReplayNetwork network,
                         NetworkPolicy policy, PageWatch watch, List<StepOutcome> outcomes) {
        ReplayConditions conditions = options.conditions();
        context.setDefaultTimeout(options.stepTimeout().toMillis());
        context.setDefaultNavigationTimeout(options.stepTimeout().toMillis());
        network.install(context);
        context.addInitScript(QUIET_PROBE);
        context.addInitScript(SeededChance.initScript(conditions.seed()));
        if (conditions.clock() == ClockMode.RECORDED && !journey.steps().isEmpty()) {
            context.addInitScript(RecordedClock.initScript(journey.steps().get(0).timestamp(),
                    System.currentTimeMillis()));
        }
        Page page = context.newPage();
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        watch.attach(page);
        StepPlayer player = new StepPlayer(page, policy, options.inputs(), options.stepTimeout().toMillis(), watch,
                masks);
        String stoppedBecause = null;
        for (Step step : journey.steps()) {
            StepOutcome outcome = stoppedBecause != null ? StepOutcome.notRun(step, stoppedBecause)
                    : watch.crashed ? StepOutcome.notRun(step, "the page crashed at an earlier step")
                    : playOne(name, step, page, player, watch, policy);
            outcomes.add(outcome);
            if (stoppedBecause != null) {
                continue;
            }
            if (!listener.stepDone(name, secrets.hideIn(outcome))) {
                stoppedBecause = "stopped after step " + step.number();
            } else if (outcome.failure() instanceof StepFailure.NeedsSession) {
                // Every later step would fail on the login page: one clear reason, not a list of missing elements.
                stoppedBecause = "the replay needs the recorded user's session (step " + step.number() + ")";
            }
        }
    }

    private StepOutcome playOne(String name, Step step, Page page, StepPlayer player, PageWatch watch,
                                NetworkPolicy policy) {
        watch.nextStep();
        long started = System.currentTimeMillis();
        StepFailure failure = null;
        StepPlayer.Done done = null;
        List<String> notes = new ArrayList<>();
        try {
            done = player.play(step);
            notes.addAll(done.notes());
            settle(page, watch, notes);
            if (step.action() instanceof Action.Navigate navigate) {
                // Checked once settled: an app's own router sends a logged-out user to its login page after load.
                String asked = policy.addressFor(navigate.url());
                String landed = page.url();
                if (LoginPages.sentToLogin(asked, step.urlAfter() == null ? null : policy.addressFor(step.urlAfter()),
                        landed)) {
                    failure = new StepFailure.NeedsSession(asked, landed);
                }
            }
        } catch (StepFailed e) {
            failure = e.failure();
        } catch (PlaywrightException e) {
            String message = (watch.crashed ? "the page crashed: " : "") + TargetLocator.firstLine(e.getMessage())
                    + watch.pending();
            failure = watch.crashed ? new StepFailure.Crashed(message)
                    : e instanceof com.microsoft.playwright.TimeoutError ? new StepFailure.TimedOut(message)
                    : new StepFailure.Failed(message);
        }
        if (watch.crashed && failure == null) {
            failure = new StepFailure.Crashed("the page crashed");
        }
        StepOutcome.Status status = StepOutcome.Status.of(failure);
        String url = safely(page::url);
        Path screenshot = watch.crashed ? null : screenshot(name, step, page, notes, "");
        Path again = null;
        // Only a settled page is probed further: one still loading a hanging response would hold an evaluate
        // (which has no timeout) forever.
        boolean settled = status == StepOutcome.Status.PASSED && !watch.crashed;
        if (screenshot != null && settled) {
            // A second picture after settling again: what differs between the two is the page's own motion
            // (clocks, carousels), which a comparison must not blame on the build.
            settle(page, watch, new ArrayList<>());
            again = screenshot(name, step, page, notes, "-again");
        }
        double[] scroll = {0, 0};
        List<ScreenArea> masked = new ArrayList<>();
        if (settled) {
            try {
                Map<?, ?> probe = (Map<?, ?>) page.evaluate(PROBE, masks);
                List<?> position = (List<?>) probe.get("scroll");
                scroll[0] = ((Number) position.get(0)).doubleValue();
                scroll[1] = ((Number) position.get(1)).doubleValue();
                for (Object box : (List<?>) probe.get("masks")) {
                    List<?> edges = (List<?>) box;
                    masked.add(new ScreenArea(whole(edges.get(0)), whole(edges.get(1)), whole(edges.get(2)),
                            whole(edges.get(3))));
                }
                for (Object bad : (List<?>) probe.get("invalid")) {
                    notes.add("mask selector is not valid CSS: " + bad);
                }
            } catch (PlaywrightException gone) {
                notes.add("no scroll position: " + TargetLocator.firstLine(gone.getMessage()));
            }
        }
        unrecordedNote(watch.requests).ifPresent(notes::add);
        List<RequestRecord> slow = watch.slowerThan(options.slowRequestMillis());
        StepOutcome.Found found = done == null ? StepOutcome.Found.NOTHING
                : new StepOutcome.Found(done.found() == null ? null : done.found().candidate(),
                        done.found() == null ? -1 : done.found().rank(), done.targetText(), done.regionText(),
                        done.regionPartlyMasked());
        return new StepOutcome(step, failure, found, new StepOutcome.PageEvidence(url, watch.console,
                watch.pageErrors, watch.failedRequests, watch.blockedRequests, slow, watch.requests, scroll[0],
                scroll[1]),
                new StepOutcome.Pictures(screenshot, again, masked), notes, System.currentTimeMillis() - started);
    }

    /** Where the recording fell short during a step: the API calls it had no answer for, which the target got. */
    private static java.util.Optional<String> unrecordedNote(List<RequestRecord> requests) {
        List<String> unrecorded = requests.stream().filter(r -> r.source() == RequestRecord.Source.UNRECORDED)
                .map(r -> r.method() + " " + r.url()).distinct().toList();
        if (unrecorded.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("not in the recording, sent to the target: "
                + String.join(", ", unrecorded.subList(0, Math.min(3, unrecorded.size())))
                + (unrecorded.size() > 3 ? " and " + (unrecorded.size() - 3) + " more" : ""));
    }

    /** Waits, at most the settle timeout, for no request in flight and a still DOM. */
    private void settle(Page page, PageWatch watch, List<String> notes) {
        long deadline = System.currentTimeMillis() + options.settleTimeout().toMillis();
        try {
            page.waitForLoadState(LoadState.DOMCONTENTLOADED,
                    new Page.WaitForLoadStateOptions().setTimeout(options.settleTimeout().toMillis()));
        } catch (PlaywrightException stillLoading) {
            notes.add("the page was still loading after " + options.settleTimeout().toSeconds() + " s");
            return;
        }
        while (System.currentTimeMillis() < deadline && !watch.crashed) {
            int left = (int) (deadline - System.currentTimeMillis()); // Playwright serializes int, not long
            boolean quiet;
            try {
                // One round trip: the page itself waits until its DOM has been still long enough.
                quiet = Boolean.TRUE.equals(page.evaluate(WAIT_FOR_QUIET, List.of(QUIET_MILLIS, left)));
            } catch (PlaywrightException navigating) {
                quiet = false;
            }
            if (quiet && watch.inFlight.isEmpty()) {
                return;
            }
            page.waitForTimeout(25);
        }
        notes.add("the page was still busy after " + options.settleTimeout().toSeconds() + " s" + watch.pending());
    }

    private Path screenshot(String name, Step step, Page page, List<String> notes, String suffix) {
        if (options.outputDir() == null) {
            return null;
        }
        Path file = options.outputDir().resolve(BundleRef.asFileName(name))
                .resolve("step-%02d%s.png".formatted(step.number(), suffix));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, page.screenshot(new Page.ScreenshotOptions()
                    .setTimeout(options.stepTimeout().toMillis())
                    // Finite animations jump to their end, as the rebuilt recording's picture is taken: a menu
                    // caught mid-slide is not a different page.
                    .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED)
                    // What a user typed into a password field is never drawn, not even as its length in dots.
                    .setMask(List.of(page.locator(PASSWORD_FIELDS)))));
            return file;
        } catch (PlaywrightException e) {
            notes.add("no screenshot: " + TargetLocator.firstLine(e.getMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static int whole(Object number) {
        return (int) Math.round(((Number) number).doubleValue());
    }


    private static String safely(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (PlaywrightException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (ownsSession) {
            session.close();
        }
    }
}
