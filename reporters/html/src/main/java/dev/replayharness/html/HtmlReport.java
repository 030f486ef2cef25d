package dev.replayharness.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.ReplayReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One self-contained HTML file for one or more replays, readable from disk with no network: a summary (recordings,
 * steps, divergences by kind, pass or fail), and per recording a step time line (what was done, status, selector,
 * duration, what diverged), the expected, actual and diff pictures with a slider between expected and actual, the
 * console and network activity of each step, and rrweb-player playing the recording with the diverging steps
 * marked on its time line.
 *
 * <p>Recorded content never runs in the report: every text is escaped, the events sit in a
 * {@code <script type="application/json">}, and a Content-Security-Policy lets only the report's own two scripts
 * run (rrweb-player and the report's glue, by hash) and fetches nothing.
 *
 * <pre>{@code
 * HtmlReport.Written written = HtmlReport.builder()
 *         .title("shop replays")
 *         .add(report, HtmlReport.playerEvents(recording))   // or add(report) for no player
 *         .write(Path.of("target/replay-report.html"));
 * }</pre>
 *
 * <p>Size: each picture is embedded at most once (a repeat links to the first copy), pictures larger than
 * {@link Builder#maxPictureBytes(long)} or beyond {@link Builder#pictureBudgetBytes(long)} are named instead of
 * embedded, and {@link Written} tells the file's size. The player adds about 230 KB plus the recording's events.
 */
public final class HtmlReport {

    /** A picture file above this is named, not embedded. */
    public static final long DEFAULT_MAX_PICTURE_BYTES = 8L * 1024 * 1024;
    /** All embedded pictures together (as base64) stay below this. */
    public static final long DEFAULT_PICTURE_BUDGET_BYTES = 64L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(HtmlReport.class.getName());

    private record Entry(ReplayReport report, List<JsonNode> events) {
    }

    private final String title;
    private final List<Entry> entries;
    private final long maxPictureBytes;
    private final long pictureBudgetBytes;

    private HtmlReport(Builder builder) {
        this.title = builder.title;
        this.entries = List.copyOf(builder.entries);
        this.maxPictureBytes = builder.maxPictureBytes;
        this.pictureBudgetBytes = builder.pictureBudgetBytes;
    }

    /** A report with the title "Replay report", no recordings yet, and the default picture limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The events rrweb-player should play for {@code recording}: those of its first window (the player shows one
     * tab), as recorded. Reads the whole recording into memory.
     */
    public static List<JsonNode> playerEvents(Recording recording) {
        List<JsonNode> events = new ArrayList<>();
        try (EventStream stream = recording.events()) {
            Integer window = null;
            while (stream.hasNext()) {
                RecordedEvent event = stream.next();
                if (window == null) {
                    window = event.window();
                }
                if (event.window() == window) {
                    events.add(event.event().raw());
                }
            }
        }
        return Collections.unmodifiableList(events);
    }

    /**
     * Writes the report to {@code file} (its folder is created; an existing file is replaced once the new one is
     * complete).
     *
     * @return where it went, its size and what became of the pictures
     * @throws UncheckedIOException when the file cannot be written
     */
    public Written write(Path file) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        List<RecordingView> views = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            views.add(RecordingView.of("r" + (i + 1), entries.get(i).report(), entries.get(i).events()));
        }
        Pictures pictures = new Pictures(maxPictureBytes, pictureBudgetBytes);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                new PageWriter(out, ReportAssets.get(), pictures).write(title, views);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            Written written = new Written(target, Files.size(target), views.size(), pictures.embedded(),
                    pictures.repeated(), pictures.left());
            LOG.log(System.Logger.Level.DEBUG, written::toString);
            return written;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw new UncheckedIOException("could not write the HTML report " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * What {@link #write(Path)} wrote.
     *
     * @param file             the report
     * @param bytes            its size
     * @param recordings       recordings in it
     * @param picturesEmbedded pictures carried in the file
     * @param picturesRepeated pictures that were the same as one already carried, linked instead
     * @param picturesLeftOut  pictures named but not carried: missing, not PNG, too large or over the budget
     */
    public record Written(Path file, long bytes, int recordings, int picturesEmbedded, int picturesRepeated,
                          int picturesLeftOut) {

        /** "wrote report.html: 1.4 MiB, 1 recordings, 3 pictures embedded (0 repeated, 0 left out)". */
        @Override
        public String toString() {
            return "wrote " + file + ": " + Format.bytes(bytes) + ", " + recordings + " recordings, "
                    + picturesEmbedded + " pictures embedded (" + picturesRepeated + " repeated, " + picturesLeftOut
                    + " left out)";
        }
    }

    /** Collects the replays of a report. Not thread-safe. */
    public static final class Builder {

        private String title = "Replay report";
        private final List<Entry> entries = new ArrayList<>();
        private long maxPictureBytes = DEFAULT_MAX_PICTURE_BYTES;
        private long pictureBudgetBytes = DEFAULT_PICTURE_BUDGET_BYTES;

        private Builder() {
        }

        /** The page's title and heading. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Adds one replay, with the recording to play.
         *
         * @param report         the verdict
         * @param recordedEvents the recording's rrweb events as recorded (e.g. {@link #playerEvents(Recording)}),
         *                       or null for no player
         */
        public Builder add(ReplayReport report, List<JsonNode> recordedEvents) {
            entries.add(new Entry(Objects.requireNonNull(report, "report"),
                    recordedEvents == null ? null : List.copyOf(recordedEvents)));
            return this;
        }

        /** Adds one replay without a player. */
        public Builder add(ReplayReport report) {
            return add(report, null);
        }

        /** A picture file larger than this is named, not embedded. */
        public Builder maxPictureBytes(long bytes) {
            this.maxPictureBytes = positive(bytes);
            return this;
        }

        /** Once the embedded pictures (as base64) reach this many bytes, later pictures are named, not embedded. */
        public Builder pictureBudgetBytes(long bytes) {
            this.pictureBudgetBytes = positive(bytes);
            return this;
        }

        public HtmlReport build() {
            return new HtmlReport(this);
        }

        /** Shorthand for {@code build().write(file)}. */
        public Written write(Path file) {
            return build().write(file);
        }

        private static long positive(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("a byte limit must be positive, was " + bytes);
            }
            return bytes;
        }
    }
}
