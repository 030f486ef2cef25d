package dev.replayharness.journey;

/** What one step does. Each kind is a record; a step's timing and window are in {@link Step}. */
public sealed interface Action {

    /** How a page was reached. */
    enum NavigationKind {
        /** The first page of a window. */
        FIRST,
        /** A full page load the user started (typed URL, bookmark, reload to another address). */
        LOAD
    }

    /** Which history move. */
    enum HistoryDirection { BACK, FORWARD }

    /** Which click. */
    enum ClickKind { SINGLE, DOUBLE, RIGHT }

    /** A short, human description, as a report's step name: "click 'Add to cart' (testid=add-to-cart)". */
    String describe();

    /** The element the action is done on; null for navigations, history moves, resizes and page scrolls. */
    default ElementTarget target() {
        return null;
    }

    /** Goes to {@code url} (the recorded address; a runner maps it onto the target). */
    record Navigate(String url, NavigationKind kind) implements Action {
        @Override
        public String describe() {
            return "open " + url;
        }
    }

    /** The browser's back or forward button. */
    record History(HistoryDirection direction, String url) implements Action {
        @Override
        public String describe() {
            return "go " + direction.name().toLowerCase(java.util.Locale.ROOT) + " to " + url;
        }
    }

    /** A click on an element. */
    record Click(ElementTarget target, ClickKind kind) implements Action {
        @Override
        public String describe() {
            String verb = switch (kind) {
                case SINGLE -> "click ";
                case DOUBLE -> "double-click ";
                case RIGHT -> "right-click ";
            };
            return verb + target.describe();
        }
    }

    /**
     * An element pressed, carried and let go elsewhere: a card moved between lists, a slider's thumb, a row
     * reordered (by the pointer's own events or the browser's drag and drop).
     *
     * @param target     the element the button went down on
     * @param dropTarget the element it was let go over, or null when only the place is known (the pointer was
     *                   over the dragged element's own image, or the browser's drag hid it)
     * @param toX        where the button came up, viewport x
     * @param toY        where the button came up, viewport y
     */
    record Drag(ElementTarget target, ElementTarget dropTarget, double toX, double toY) implements Action {

        public Drag {
            java.util.Objects.requireNonNull(target, "target");
        }

        @Override
        public String describe() {
            return "drag " + target.describe() + " to " + (dropTarget != null ? dropTarget.describe()
                    : Math.round(toX) + "," + Math.round(toY));
        }
    }

    /**
     * Text typed into a field, collapsed to its final value for one visit of the field.
     *
     * @param value  the value to type; null when the recording masked it and no value was given
     * @param masked the recorder hid what was typed ({@code ***}); the value then comes from the user's inputs
     */
    record Fill(ElementTarget target, String value, boolean masked) implements Action {
        @Override
        public String describe() {
            return "fill " + target.describe() + (masked ? " with a masked value" : " with '" + value + "'");
        }
    }

    /** A checkbox or radio set. */
    record Check(ElementTarget target, boolean checked) implements Action {
        @Override
        public String describe() {
            return (checked ? "check " : "uncheck ") + target.describe();
        }
    }

    /**
     * An option chosen in a {@code <select>}.
     *
     * @param value the option's value; null when masked
     * @param label the option's text, when known
     */
    record Select(ElementTarget target, String value, String label, boolean masked) implements Action {
        @Override
        public String describe() {
            return "select " + (masked ? "a masked option" : "'" + (label != null ? label : value) + "'")
                    + " in " + target.describe();
        }
    }

    /**
     * A key pressed, inferred from its effect as rrweb records no keys: Enter in a field that submitted its form,
     * Escape that closed a dialog.
     *
     * @param target the focused element it was pressed in, or null for the page
     */
    record Press(ElementTarget target, String key) implements Action {
        @Override
        public String describe() {
            return "press " + key + (target == null ? "" : " in " + target.describe());
        }
    }

    /**
     * A key press read from its effect alone: a state class (a slide's {@code active}, {@code present}) moved from
     * one element to a sibling while the user's pointer and fields were still. rrweb records no keys, so which key is
     * unknown; replay presses the arrow keys of the move's direction until the element has the class.
     *
     * @param target     the element the class moved to (named as it was once it had it)
     * @param stateClass the class that moved
     * @param forward    the element stands after the one the class left (next), or before it (previous)
     */
    record KeyToReach(ElementTarget target, String stateClass, boolean forward) implements Action {

        public KeyToReach {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(stateClass, "stateClass");
        }

        /** The keys to try, most usual first: decks, carousels and tab strips all take the arrows. */
        public java.util.List<String> keys() {
            return forward ? java.util.List.of("ArrowRight", "ArrowDown") : java.util.List.of("ArrowLeft", "ArrowUp");
        }

        @Override
        public String describe() {
            return "press " + (forward ? "next" : "previous") + " (an arrow key) to make " + target.describe() + " '"
                    + stateClass + "'";
        }
    }

    /**
     * A scroll gesture, to where it came to rest.
     *
     * @param target the scrolled element, or null for the page
     */
    record Scroll(ElementTarget target, double x, double y) implements Action {
        @Override
        public String describe() {
            return "scroll " + (target == null ? "the page" : target.describe()) + " to " + Math.round(x) + ","
                    + Math.round(y);
        }
    }

    /** The window resized to this viewport. */
    record Resize(int width, int height) implements Action {
        @Override
        public String describe() {
            return "resize the window to " + width + "x" + height;
        }
    }
}
