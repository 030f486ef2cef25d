package dev.replayharness.capture.forward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a request on to the PostHog host as it came (method, path, query, body, the headers that carry meaning) and
 * brings back its answer. A host that does not answer within the timeout, or cannot be reached, is no answer: the
 * caller then answers on its own.
 */
public final class Forwarder {

    /** Headers passed on: what PostHog reads. Hop-by-hop and host headers are the client's own business. */
    private static final Set<String> PASSED_ON = Set.of("content-type", "user-agent", "accept", "accept-language");

    private final URI host;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param host    the PostHog host, e.g. {@code https://eu.i.posthog.com}
     * @param timeout how long PostHog may take to answer
     */
    public Forwarder(URI host, Duration timeout) {
        this.host = Objects.requireNonNull(host, "host");
        if (!"http".equals(host.getScheme()) && !"https".equals(host.getScheme())) {
            throw new IllegalArgumentException("--forward takes an http(s) address, not " + host);
        }
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * PostHog's answer to the request, or empty when it gave none.
     *
     * @param pathAndQuery the request's path and query as received ({@code /s/?retry_count=1})
     * @param headers      the request's headers by lower-case name (content type, user agent and accept headers
     *                     are passed on; the JDK's client sets its own host and length)
     */
    public Optional<Answer> forward(String method, String pathAndQuery, java.util.Map<String, String> headers,
                                    byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripSlash(host.toString()) + pathAndQuery))
                .timeout(timeout).method(method, body.length == 0 && !method.equals("POST")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (PASSED_ON.contains(name)) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return Optional.of(new Answer(answer.statusCode(),
                    answer.headers().firstValue("content-type").orElse("application/json"), answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "https://eu.i.posthog.com", for people. */
    public String describe() {
        return host.toString();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * What PostHog answered.
     *
     * @param status      its status
     * @param contentType its content type
     * @param body        its body
     */
    public record Answer(int status, String contentType, byte[] body) {
    }
}
