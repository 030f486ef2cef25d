package dev.replayharness.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's Content-Security-Policy. Only the report's own inline scripts run, each allowed by its SHA-256
 * hash: a file on disk has no server to hand out a fresh nonce, and a hash cannot be reused by markup that got in
 * some other way. Nothing is fetched: pictures and fonts come as {@code data:} URIs, the recording's own
 * stylesheets are inline. rrweb-player's replayer draws into an {@code about:blank} iframe it creates itself
 * (sandboxed without {@code allow-scripts}); that document inherits this policy, so a recorded script, handler
 * or {@code javascript:} URL matches no hash and is refused a second time.
 */
final class ContentPolicy {

    private ContentPolicy() {
    }

    /** The policy for a report whose inline scripts are exactly {@code scripts}, as written. */
    static String forScripts(List<String> scripts) {
        String hashes = scripts.stream().map(ContentPolicy::hash).collect(Collectors.joining(" "));
        return String.join("; ",
                "default-src 'none'",
                "script-src " + hashes,
                // The player and the recorded pages set styles inline; CSS can fetch nothing past default-src.
                "style-src 'unsafe-inline'",
                "img-src data: blob:",
                "font-src data:",
                "media-src data: blob:",
                "base-uri 'none'",
                "form-action 'none'");
    }

    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
