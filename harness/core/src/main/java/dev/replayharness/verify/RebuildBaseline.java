package dev.replayharness.verify;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.browser.RebuiltPage;
import dev.replayharness.compare.ExpectedPicture;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.dom.PageState;
import dev.replayharness.dom.Rebuild;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ScreenArea;
import dev.replayharness.run.StepOutcome;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected pictures from the recording itself: for each step, the recorded page once it had settled after the
 * step, rebuilt and rendered with scripts off, scrolled to where the replayed page was (so a different scroll is
 * not read as a different page). Its images and fonts come from the given base URL (the recorded origin mapped
 * onto it); nothing else is reached. Renders are kept, so replays of one recording on several builds share them.
 */
public final class RebuildBaseline {

    /** Changes further apart than this end the burst that follows a step (renders, fetched data, animations). */
    static final long RECORDED_QUIET_MILLIS = 400;

    private final BrowserSession session;
    private final DomMirror mirror;
    private final Journey journey;
    private final NetworkPolicy policy;
    private final Map<String, ExpectedPicture> renders = new HashMap<>();

    /**
     * The boxes, within the viewport, of what the recording cannot show: fields whose value and elements whose text
     * the recorder masked (only asterisks), and canvases whose pixels it did not capture. The user saw something
     * there that the rebuilt picture lacks, so neither picture counts there.
     */
    private static final String MASKED_BOXES = """
            () => {
              const boxes = [];
              const masked = s => s.includes('*') && /^[\\s*]+$/.test(s);
              const add = r => {
                if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight
                    && r.left < innerWidth) boxes.push([r.x, r.y, r.width, r.height]);
              };
              for (const field of document.querySelectorAll('input, textarea')) {
                if (masked(field.value)) add(field.getBoundingClientRect());
              }
              // A canvas still a canvas here held pixels the recorder did not capture (rrweb records canvas
              // content only when asked): the recording cannot say what it showed.
              for (const canvas of document.querySelectorAll('canvas')) add(canvas.getBoundingClientRect());
              const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const text = walker.currentNode;
                if (text.parentElement && masked(text.nodeValue)) add(text.parentElement.getBoundingClientRect());
              }
              return boxes;
            }""";

    public RebuildBaseline(BrowserSession session, DomMirror mirror, Journey journey, URI assetsBase) {
        this.session = session;
        this.mirror = mirror;
        this.journey = journey;
        NetworkPolicy assets = NetworkPolicy.blockAll();
        if (NetworkPolicy.originOf(journey.startUrl()) != null) {
            assets = assets.mapping(journey.startUrl(), assetsBase.toString());
        }
        this.policy = assets;
    }

    /** Expected PNG per step number of the replay, for the steps that passed and have a recorded page. */
    public Map<Integer, ExpectedPicture> expectedFor(ReplayResult result) {
        Map<Integer, ExpectedPicture> expected = new HashMap<>();
        for (StepOutcome outcome : result.outcomes()) {
            if (outcome.status() != StepOutcome.Status.PASSED) {
                continue;
            }
            ExpectedPicture picture = render(outcome);
            if (picture != null) {
                expected.put(outcome.step().number(), picture);
            }
        }
        return expected;
    }

    private ExpectedPicture render(StepOutcome outcome) {
        Step step = outcome.step();
        StepOutcome.PageEvidence said = outcome.page();
        String key = step.number() + "@" + Math.round(said.scrollX()) + "," + Math.round(said.scrollY());
        if (renders.containsKey(key)) {
            return renders.get(key);
        }
        List<Step> steps = journey.steps();
        long limit = mirror.span(step.window())[1];
        for (int j = step.number(); j < steps.size(); j++) {
            if (steps.get(j).window() == step.window()) {
                limit = steps.get(j).timestamp() - 1;
                break;
            }
        }
        long settled = mirror.settledAfter(step.timestamp(), step.window(), RECORDED_QUIET_MILLIS, limit);
        PageState page = mirror.at(settled, step.window());
        ExpectedPicture picture = null;
        if (page.hasDocument()) {
            try (RebuiltPage rebuilt = RebuiltPage.render(session,
                    Rebuild.of(page).withPageScroll(outcome.page().scrollX(), outcome.page().scrollY()), policy)) {
                picture = new ExpectedPicture(rebuilt.screenshot(), maskedAreas(rebuilt));
            }
        }
        renders.put(key, picture);
        return picture;
    }

    private static List<ScreenArea> maskedAreas(RebuiltPage rebuilt) {
        List<ScreenArea> areas = new java.util.ArrayList<>();
        for (Object box : (List<?>) rebuilt.page().evaluate(MASKED_BOXES)) {
            List<?> edges = (List<?>) box;
            int x = (int) Math.floor(((Number) edges.get(0)).doubleValue());
            int y = (int) Math.floor(((Number) edges.get(1)).doubleValue());
            areas.add(new ScreenArea(x, y, (int) Math.ceil(((Number) edges.get(2)).doubleValue()) + 1,
                    (int) Math.ceil(((Number) edges.get(3)).doubleValue()) + 1));
        }
        return areas;
    }
}
