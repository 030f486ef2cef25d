package dev.replayharness.capture.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Turns a request body into the JSON posthog-js meant, however it was sent: raw gzip (announced or not: posthog-js
 * stopped saying {@code compression=gzip-js} in 1.398), a form with {@code data=<base64>}, bare base64 (newer
 * beacons), or plain JSON. Decompression is bounded: a gzip bomb is refused once it passes the limit.
 */
public final class PayloadDecoder {

    private final long maxDecodedBytes;

    public PayloadDecoder(long maxDecodedBytes) {
        if (maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("the decoded size limit must be positive, not " + maxDecodedBytes);
        }
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /**
     * The JSON bytes of a body.
     *
     * @param contentType the Content-Type header, or null
     * @param query       the request's query parameters (only {@code compression} matters)
     * @throws Refusal 400 for a body that is none of the known shapes, 413 past the decoded limit, 415 for a
     *                 content type posthog-js never sends
     */
    public byte[] decode(byte[] body, String contentType, Map<String, String> query) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (!type.isEmpty() && !type.equals("text/plain") && !type.equals("application/json")
                && !type.equals("application/x-www-form-urlencoded")) {
            throw new Refusal(415, "content type " + type + " is not one posthog-js sends (text/plain, "
                    + "application/json, application/x-www-form-urlencoded)");
        }
        if (body.length == 0) {
            throw Refusal.malformed("the body is empty");
        }
        String compression = query.getOrDefault("compression", "");
        byte[] bytes = body;
        if (type.equals("application/x-www-form-urlencoded") || startsWith(body, "data=")) {
            bytes = base64(formData(body));
        } else if (compression.equals("base64")) {
            bytes = base64(new String(body, StandardCharsets.US_ASCII).strip());
        } else if (compression.equals("lz64")) {
            throw Refusal.malformed("compression=lz64 (posthog-js before 1.100) is not read; send gzip-js or base64");
        }
        if (isGzip(bytes)) {
            bytes = gunzip(bytes);
        } else if (bytes.length > maxDecodedBytes) {
            throw Refusal.tooLarge("the body is " + bytes.length + " bytes, beyond the limit of " + maxDecodedBytes);
        }
        int first = firstNonSpace(bytes);
        if (first < 0 || bytes[first] != '{' && bytes[first] != '[') {
            throw Refusal.malformed("the body is not JSON, gzip, base64 or a data= form"
                    + (compression.isEmpty() ? "" : " (compression=" + compression + ")"));
        }
        return bytes;
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, 1 << 20));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxDecodedBytes) {
                    throw Refusal.tooLarge("the gzip body inflates beyond the limit of " + maxDecodedBytes
                            + " bytes (" + bytes.length + " bytes sent)");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw Refusal.malformed("the gzip body is corrupt or truncated: " + e.getMessage());
        }
    }

    private static String formData(byte[] body) {
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.startsWith("data=")) {
                try {
                    return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw Refusal.malformed("the form's data= field is not URL-encoded: " + e.getMessage());
                }
            }
        }
        throw Refusal.malformed("a form body without a data= field");
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.malformed("the body says base64 but is not: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] body, String prefix) {
        if (body.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (body[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonSpace(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return i;
            }
        }
        return -1;
    }
}
