package dev.replayharness.capture.intake;

/**
 * A request refused, with the HTTP status to answer and the reason, for the client and the log. Thrown by the
 * readers of a request; the server answers it and goes on.
 */
public final class Refusal extends RuntimeException {

    private final int status;

    public Refusal(int status, String reason) {
        super(reason);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a refusal answers 4xx or 5xx, not " + status);
        }
        this.status = status;
    }

    /** 400: a body that is not what posthog-js sends. */
    public static Refusal malformed(String reason) {
        return new Refusal(400, reason);
    }

    /** 413: a body, or what it decompresses to, beyond the limit. */
    public static Refusal tooLarge(String reason) {
        return new Refusal(413, reason);
    }

    public int status() {
        return status;
    }

    /** Whether the body is worth keeping for inspection: it was read and could not be understood. */
    public boolean quarantined() {
        return status == 400;
    }
}
