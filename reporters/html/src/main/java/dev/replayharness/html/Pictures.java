package dev.replayharness.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Embeds PNG files as {@code data:} URIs, each picture at most once per report, within a byte budget.
 * Screenshots are most of a report's size, and the same picture often comes back (an unchanged page after two
 * steps), so a repeat points at the first copy instead of carrying the bytes again.
 */
final class Pictures {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** What became of one picture. */
    sealed interface Picture permits Embedded, Repeated, Left {
    }

    /** Carried in the report; {@code anchor} is the id of its {@code <img>}. */
    record Embedded(String anchor, String dataUri, int width, int height, long bytes) implements Picture {
    }

    /** The same bytes as a picture already embedded under {@code anchor}, described as {@code label}. */
    record Repeated(String anchor, String label) implements Picture {
    }

    /** Not carried, and why: missing, not a PNG, larger than allowed, or over the report's budget. */
    record Left(Path file, String reason) implements Picture {
    }

    private record First(String anchor, String label) {
    }

    private final long maxPictureBytes;
    private final long budgetBytes;
    private final Map<String, First> seen = new HashMap<>();
    private long embeddedBytes;
    private int embedded;
    private int repeated;
    private int left;

    Pictures(long maxPictureBytes, long budgetBytes) {
        this.maxPictureBytes = maxPictureBytes;
        this.budgetBytes = budgetBytes;
    }

    /** The picture at {@code file} for an {@code <img id=anchor>}; {@code label} names it for a later repeat. */
    Picture embed(Path file, String anchor, String label) {
        if (file == null) {
            left++;
            return new Left(null, "no picture was taken");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > maxPictureBytes) {
                left++;
                return new Left(file, "larger than the " + maxPictureBytes + "-byte limit per picture");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            left++;
            return new Left(file, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length < 24 || !Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
                PNG_SIGNATURE.length)) {
            left++;
            return new Left(file, "is not a PNG");
        }
        String digest = sha256(bytes);
        First first = seen.get(digest);
        if (first != null) {
            repeated++;
            return new Repeated(first.anchor(), first.label());
        }
        // Base64 grows the bytes by a third: that is what the file pays.
        long cost = (bytes.length + 2L) / 3 * 4;
        if (embeddedBytes + cost > budgetBytes) {
            left++;
            return new Left(file, "over the report budget of " + budgetBytes + " bytes for pictures");
        }
        seen.put(digest, new First(anchor, label));
        embeddedBytes += cost;
        embedded++;
        // IHDR follows the signature: width and height as big-endian ints at bytes 16 and 20.
        int width = readInt(bytes, 16);
        int height = readInt(bytes, 20);
        return new Embedded(anchor, "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes), width,
                height, cost);
    }

    int embedded() {
        return embedded;
    }

    int repeated() {
        return repeated;
    }

    int left() {
        return left;
    }

    long embeddedBytes() {
        return embeddedBytes;
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
