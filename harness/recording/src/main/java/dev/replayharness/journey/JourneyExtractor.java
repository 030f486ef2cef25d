package dev.replayharness.journey;

import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.event.Custom;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.InputData;
import dev.replayharness.event.Meta;
import dev.replayharness.event.MouseInteraction;
import dev.replayharness.event.MouseInteractionData;
import dev.replayharness.event.MouseMoveData;
import dev.replayharness.event.MutationData;
import dev.replayharness.event.ScrollData;
import dev.replayharness.event.ViewportResizeData;

/**
 * Reads what the user did out of a recording: the clicks they pressed for (not the mousedown, focus and mouseup
 * around them, nor the clicks a browser fires by itself), one fill per visit of a field with its final value,
 * check and select changes, Enter that submitted a form, scroll and resize gestures at rest, the pages they went
 * to and the back and forward moves among them. Navigations a step caused are not steps of their own: they are
 * the step's {@link Step#urlAfter()}.
 *
 * <p>Each kind of gesture has its recogniser; they meet in one {@link StepLog}. An event goes to every recogniser
 * it tells something, in a fixed order: a later one reads the steps an earlier one wrote for the same event.
 */
public final class JourneyExtractor {

    private final LiveDom dom = new LiveDom();
    private final StepLog log = new StepLog();
    private final PageGestures pages = new PageGestures(log);
    private final PointerGestures pointer = new PointerGestures(log, dom, pages);
    private final EnterKeys enter = new EnterKeys(log);
    private final FieldGestures fields = new FieldGestures(log, dom, enter);
    private final ScrollGestures scrolls = new ScrollGestures(log, dom);
    private final ResizeGestures resizes = new ResizeGestures(log);
    private final KeyMoves keys = new KeyMoves(log, dom);
    private final DialogDismissals dialogs = new DialogDismissals(log, dom);

    private JourneyExtractor() {
    }

    /** Reads the recording once, keeping its DOM alongside so that each step's target is named as it was. */
    public static Journey extract(Recording recording) {
        JourneyExtractor extractor = new JourneyExtractor();
        try (EventStream events = recording.events()) {
            while (events.hasNext()) {
                RecordedEvent event = events.next();
                try {
                    extractor.accept(event);
                } catch (RuntimeException damaged) {
                    extractor.log.note("event " + event.index() + ": not read as a step: " + damaged.getMessage());
                }
                extractor.dom.apply(event);
                try {
                    extractor.applied(event);
                } catch (RuntimeException damaged) {
                    extractor.log.note("event " + event.index() + ": not read as typing: " + damaged.getMessage());
                }
            }
        }
        return extractor.journey();
    }

    /** An event as it arrives, before the DOM has applied it. */
    private void accept(RecordedEvent recorded) {
        var event = recorded.event();
        if (event instanceof Meta meta) {
            pages.meta(recorded, meta);
        } else if (event instanceof Custom custom && "$pageview".equals(custom.tag())) {
            pages.pageview(recorded, custom);
        } else if (event instanceof Incremental incremental && incremental.source().isPresent()) {
            switch (incremental.source().get()) {
                case MUTATION -> mutation(recorded, (MutationData) incremental.data());
                case MOUSE_INTERACTION -> interaction(recorded, (MouseInteractionData) incremental.data());
                case DRAG -> pointer.nativeDrag(recorded, (MouseMoveData) incremental.data());
                case MOUSE_MOVE, TOUCH_MOVE -> keys.pointerMoved(recorded, (MouseMoveData) incremental.data());
                case INPUT -> fields.input(recorded, (InputData) incremental.data());
                case SCROLL -> scrolls.scroll(recorded, (ScrollData) incremental.data());
                case VIEWPORT_RESIZE -> resizes.resize(recorded, (ViewportResizeData) incremental.data());
                default -> { }
            }
        }
    }

    private void mutation(RecordedEvent recorded, MutationData mutation) {
        keys.mutation(recorded, mutation);
        pointer.mutation(mutation);
        // Enter's step comes before the dialog check, which asks what the last step was.
        enter.mutation(recorded, mutation);
        scrolls.mutation(recorded, mutation);
        dialogs.mutation(recorded, mutation);
    }

    private void interaction(RecordedEvent recorded, MouseInteractionData data) {
        MouseInteraction type = data.type().orElse(null);
        if (type == null) {
            return;
        }
        log.activity(recorded.timestamp());
        switch (type) {
            case FOCUS -> fields.focused(recorded, data.id());
            case BLUR -> fields.blurred(data.id());
            default -> pointer.interaction(recorded, type, data);
        }
    }

    /** An event once the DOM has applied it: what it changed can be read now. */
    private void applied(RecordedEvent recorded) {
        keys.applied(recorded);
        fields.applied(recorded);
    }

    private Journey journey() {
        pointer.end();
        pages.flushPageview();
        return new Journey(log.numbered(), pages.startUrl(), pages.viewportWidth(), pages.viewportHeight(),
                pages.urlChangesSeen(), log.notes());
    }
}
