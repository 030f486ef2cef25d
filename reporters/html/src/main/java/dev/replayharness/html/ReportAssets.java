package dev.replayharness.html;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scripts and styles every report inlines: rrweb-player's browser bundle and style (copied into the jar by the
 * build from npm, never committed) and the report's own script and style.
 *
 * @param playerScript  rrweb-player's UMD bundle (defines the global {@code rrwebPlayer})
 * @param playerStyle   rrweb-player's CSS
 * @param playerVersion rrweb-player's version, as its package.json says
 * @param reportScript  the report's own behaviour: players, seeking, the picture slider
 * @param reportStyle   the report's own CSS
 */
record ReportAssets(String playerScript, String playerStyle, String playerVersion, String reportScript,
                    String reportStyle) {

    private static final String PLAYER = "player/";

    /** Read once: they are the same for every report a JVM writes. */
    private static final class Loaded {
        static final ReportAssets INSTANCE = load();
    }

    static ReportAssets get() {
        return Loaded.INSTANCE;
    }

    private static ReportAssets load() {
        String packageJson = read(PLAYER + "package.json");
        String version;
        try {
            version = new ObjectMapper().readTree(packageJson).path("version").asText("unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("rrweb-player's package.json in the jar is not JSON", e);
        }
        return new ReportAssets(
                Escape.inlineAsset("rrweb-player.umd.min.cjs", read(PLAYER + "dist/rrweb-player.umd.min.cjs"), "script"),
                Escape.inlineAsset("rrweb-player style.css", read(PLAYER + "dist/style.css"), "style"),
                version,
                Escape.inlineAsset("report.js", read("report.js"), "script"),
                Escape.inlineAsset("report.css", read("report.css"), "style"));
    }

    private static String read(String name) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dev/replayharness/html/" + name + " is not on the class path: the "
                        + "replay-html jar is built by Maven, which installs rrweb-player with npm ci and copies it "
                        + "in (mvn -pl reporters/html package)");
            }
            // The HTML parser turns CR LF and CR into LF inside a script before the browser hashes it; the
            // policy's hash must be of that text.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException("could not read dev/replayharness/html/" + name, e);
        }
    }
}
