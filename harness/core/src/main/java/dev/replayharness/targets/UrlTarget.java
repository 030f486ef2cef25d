package dev.replayharness.targets;

import java.net.URI;
import java.util.Objects;

/**
 * An app that is already running. Nothing is checked at start: an unreachable URL fails the first step, with
 * the URL named, within its timeout.
 */
public record UrlTarget(URI baseUrl) implements Target {

    public UrlTarget {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("a target URL must be http or https: " + baseUrl);
        }
    }

    @Override
    public RunningTarget start() {
        return RunningTarget.of(baseUrl, () -> { });
    }

    @Override
    public String describe() {
        return baseUrl.toString();
    }
}
