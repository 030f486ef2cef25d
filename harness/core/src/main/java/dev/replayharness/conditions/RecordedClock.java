package dev.replayharness.conditions;

/**
 * The page's {@code Date} moved to the recording's time, running forward with the replay.
 *
 * <p>Only the date is moved: timers, animation frames and {@code performance.now()} stay the browser's own.
 * Playwright's clock fakes those too, which changes what a page does: an error thrown in a timer no longer reaches
 * the page as uncaught but is logged by the clock as a console error, and timers run in batches. A replay must
 * fail the way the user's page failed, so the harness shifts {@code Date} alone.
 */
public final class RecordedClock {

    private static final String SCRIPT = """
            (() => {
              const shift = %d;
              const RealDate = Date;
              const realNow = RealDate.now.bind(RealDate);
              function RecordedDate(...args) {
                if (!new.target) {
                  return new RealDate(realNow() + shift).toString();
                }
                return Reflect.construct(RealDate, args.length ? args : [realNow() + shift], new.target);
              }
              RecordedDate.prototype = RealDate.prototype;
              RecordedDate.now = () => realNow() + shift;
              RecordedDate.parse = RealDate.parse;
              RecordedDate.UTC = RealDate.UTC;
              Object.defineProperty(RecordedDate, 'length', { value: RealDate.length });
              Object.defineProperty(RecordedDate, 'name', { value: 'Date' });
              globalThis.Date = RecordedDate;
            })();""";

    private RecordedClock() {
    }

    /**
     * The init script that makes the page's time {@code recordedStart} at {@code replayStart} (both epoch millis),
     * and later by as much as the replay has run.
     */
    public static String initScript(long recordedStart, long replayStart) {
        return SCRIPT.formatted(recordedStart - replayStart);
    }
}
