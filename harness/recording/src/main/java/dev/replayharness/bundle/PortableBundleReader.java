package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a portable bundle: checks every entry name, the manifest's format and version, and every entry's size
 * and SHA-256 before reading a single event; then streams the gzip'd JSON-lines chunks in order.
 */
final class PortableBundleReader implements SourceReader {

    static final String MANIFEST = "manifest.json";
    private static final int MAX_MANIFEST_BYTES = 16 << 20;

    private final ZipFile zip;
    private final BundleManifest manifest;
    private final ObjectMapper mapper;
    private final ReadLimits limits;
    private final Iterator<BundleManifest.Entry> chunks;
    private final List<String> warnings = new ArrayList<>();
    private BundleManifest.Entry chunk;
    private JsonParser parser;

    private PortableBundleReader(ZipFile zip, BundleManifest manifest, ObjectMapper mapper, ReadLimits limits) {
        this.zip = zip;
        this.manifest = manifest;
        this.mapper = mapper;
        this.limits = limits;
        this.chunks = manifest.entries().stream().filter(e -> "events".equals(e.kind())).iterator();
    }

    static PortableBundleReader open(Path file, ReadLimits limits, ObjectMapper mapper) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new FormatMismatchException("the file starts like a ZIP but is not a readable one (" + e.getMessage()
                    + ")");
        }
        try {
            Set<String> names = checkNames(zip, limits);
            BundleManifest manifest = readManifest(zip, mapper);
            PortableBundleReader reader = new PortableBundleReader(zip, manifest, mapper, limits);
            reader.checkVersion();
            reader.verifyEntries(names);
            return reader;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static Set<String> checkNames(ZipFile zip, ReadLimits limits) throws IOException {
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (names.size() >= limits.maxZipEntries()) {
                throw new LimitExceededException("the bundle has more than " + limits.maxZipEntries() + " entries");
            }
            if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
                    || Arrays.asList(name.split("/")).contains("..")) {
                throw new FormatMismatchException("the entry \"" + name + "\" points outside the bundle "
                        + "(zip-slip): refused, nothing was extracted");
            }
            if (!names.add(name)) {
                throw new FormatMismatchException("the entry \"" + name + "\" appears twice");
            }
        }
        if (!names.contains(MANIFEST)) {
            throw new FormatMismatchException("a ZIP without " + MANIFEST + ": expected a portable replay bundle");
        }
        return names;
    }

    private static BundleManifest readManifest(ZipFile zip, ObjectMapper mapper) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new LimitExceededException(MANIFEST + " is larger than " + MAX_MANIFEST_BYTES + " bytes");
            }
            BundleManifest manifest = mapper.readValue(bytes, BundleManifest.class);
            if (!BundleManifest.FORMAT.equals(manifest.format())) {
                throw new FormatMismatchException(MANIFEST + " names format \"" + manifest.format() + "\", expected \""
                        + BundleManifest.FORMAT + "\"");
            }
            if (manifest.entries() == null || manifest.formatVersion() == null) {
                throw new FormatMismatchException(MANIFEST + " lacks \"formatVersion\" or \"entries\"");
            }
            return manifest;
        }
    }

    private void checkVersion() throws IOException {
        String[] parts = manifest.formatVersion().split("\\.");
        int major;
        int minor;
        try {
            major = Integer.parseInt(parts[0]);
            minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            throw new FormatMismatchException("formatVersion \"" + manifest.formatVersion() + "\" is not major.minor");
        }
        if (major != BundleManifest.READABLE_MAJOR) {
            throw new FormatMismatchException("the bundle is format version " + manifest.formatVersion()
                    + "; this harness reads version " + BundleManifest.READABLE_MAJOR + ".x"
                    + (major > BundleManifest.READABLE_MAJOR ? ": upgrade the harness to read it" : ""));
        }
        int ownMinor = Integer.parseInt(BundleManifest.VERSION.split("\\.")[1]);
        if (minor > ownMinor) {
            warnings.add("the bundle is format version " + manifest.formatVersion() + ", newer than this reader ("
                    + BundleManifest.VERSION + "): read what this version knows, kept the rest out");
        }
    }

    private void verifyEntries(Set<String> names) throws IOException {
        Set<String> listed = new HashSet<>();
        for (BundleManifest.Entry entry : manifest.entries()) {
            listed.add(entry.path());
            ZipEntry zipEntry = zip.getEntry(entry.path());
            if (zipEntry == null) {
                throw new FormatMismatchException("the manifest lists \"" + entry.path() + "\" but the bundle lacks it");
            }
            MessageDigest sha256 = sha256();
            long size = 0;
            try (InputStream in = new DigestInputStream(guard(zipEntry, "the entry " + entry.path()), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                }
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (size != entry.size() || !actual.equals(entry.sha256())) {
                throw new FormatMismatchException("the entry \"" + entry.path() + "\" does not match the manifest: "
                        + "expected " + entry.size() + " bytes with SHA-256 " + entry.sha256() + ", found " + size
                        + " bytes with SHA-256 " + actual + " (the bundle is corrupt or was modified)");
            }
        }
        for (String name : names) {
            if (!name.equals(MANIFEST) && !name.endsWith("/") && !listed.contains(name)) {
                throw new FormatMismatchException("the entry \"" + name + "\" is not listed in the manifest, so it "
                        + "cannot be verified");
            }
        }
    }

    private InputStream guard(ZipEntry entry, String what) throws IOException {
        CountingInputStream stored = new CountingInputStream(zip.getInputStream(entry));
        long compressed = Math.max(1, entry.getCompressedSize());
        return new ExpansionGuard(stored, () -> compressed, limits, what);
    }

    @Override
    public SourceEvent next() throws IOException {
        while (true) {
            if (parser == null) {
                if (!chunks.hasNext()) {
                    return null;
                }
                chunk = chunks.next();
                ZipEntry entry = zip.getEntry(chunk.path());
                CountingInputStream gz = new CountingInputStream(guard(entry, "the entry " + chunk.path()));
                parser = mapper.createParser(new BufferedInputStream(new ExpansionGuard(new GZIPInputStream(gz),
                        gz::count, limits, "the chunk " + chunk.path()), 1 << 16));
            }
            JsonToken token = parser.nextToken();
            if (token == null) {
                parser.close();
                parser = null;
                continue;
            }
            String where = position();
            JsonNode line = parser.readValueAsTree();
            if (!(line != null && line.isArray() && line.size() == 2 && line.get(0).canConvertToInt()
                    && line.get(1).isObject())) {
                throw new FormatMismatchException("expected a [window, event] line but found "
                        + JsonSupport.excerpt(line));
            }
            int window = line.get(0).asInt();
            if (window < 0 || window >= manifest.windows().size()) {
                throw new FormatMismatchException("the line names window " + window + " but the manifest lists "
                        + manifest.windows().size());
            }
            return new SourceEvent(manifest.windows().get(window).sourceId(), (ObjectNode) line.get(1), where);
        }
    }

    @Override
    public String position() {
        return chunk == null ? "" : chunk.path() + " " + (parser == null ? "" : JsonSupport.position(parser));
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.PORTABLE_BUNDLE;
    }

    /** The format the bundle was converted from. */
    SourceFormat originFormat() {
        String id = manifest.source() == null ? null : manifest.source().format();
        return Arrays.stream(SourceFormat.values()).filter(f -> f.id().equals(id)).findFirst()
                .orElse(SourceFormat.PORTABLE_BUNDLE);
    }

    @Override
    public Optional<String> sessionId() {
        return Optional.ofNullable(manifest.sessionId());
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
