package dev.replayharness.network;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a replayed page's requests are answered. A production session meets another backend at replay (other data,
 * other ids, services that are not there); answering its API calls as they were answered when it was recorded
 * tests the build's frontend alone, deterministically.
 */
public sealed interface NetworkMode {

    /** Every request goes to the target: today's backend answers. */
    record Live() implements NetworkMode {
        @Override
        public String optionValue() {
            return "live";
        }
    }

    /**
     * Requests the recording holds a response for are answered with it; the rest go to the target, or, when
     * {@code withholdUnrecorded}, API requests (fetch, XHR) the recording lacks are not sent at all.
     */
    record Recorded(boolean withholdUnrecorded) implements NetworkMode {
        @Override
        public String optionValue() {
            return withholdUnrecorded ? "recorded-only" : "recorded";
        }
    }

    /**
     * Requests a HAR file (or, for a folder, the recording's {@code <name>.har} in it) holds are answered from it,
     * the rest go to the target.
     *
     * @param path a {@code .har} file, or a folder of them named after the recordings
     */
    record FromHar(Path path) implements NetworkMode {
        public FromHar {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String optionValue() {
            return "har:" + path;
        }

        /** The HAR for one recording: the file itself, or {@code <recording>.har} in the folder. */
        public Path harFor(String recordingName) {
            return HarFiles.forRecording(path, recordingName);
        }
    }

    /** Every request to the target. */
    NetworkMode LIVE = new Live();

    /** The value a front door takes: {@code live}, {@code recorded}, {@code recorded-only}, {@code har:FILE}. */
    String optionValue();

    /** Whether requests may be answered from the recording or a HAR instead of the target. */
    default boolean answersFromRecord() {
        return !(this instanceof Live);
    }

    /**
     * Reads a front door's value; a HAR path is relative to {@code base}.
     *
     * @throws IllegalArgumentException naming the values taken
     */
    static NetworkMode parse(String value, Path base) {
        String given = value == null ? "" : value.strip();
        if (given.regionMatches(true, 0, "har:", 0, 4)) {
            String file = given.substring(4).strip();
            if (file.isEmpty()) {
                throw new IllegalArgumentException("'har:' needs the HAR file or folder after it, e.g. har:network.har");
            }
            return new FromHar(base.resolve(file).normalize());
        }
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "live" -> LIVE;
            case "recorded" -> new Recorded(false);
            case "recorded-only" -> new Recorded(true);
            default -> throw new IllegalArgumentException("network '" + value + "' is not one of live, recorded, "
                    + "recorded-only, har:FILE: 'live' sends every request to the target, 'recorded' answers the "
                    + "requests the recording holds from it, 'recorded-only' also withholds the API requests it "
                    + "lacks, 'har:FILE' answers from a HAR recorded with --record-har");
        };
    }
}
