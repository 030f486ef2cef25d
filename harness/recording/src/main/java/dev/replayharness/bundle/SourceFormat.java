package dev.replayharness.bundle;

/** The file formats a recording can arrive in, detected from content, never from the file name. */
public enum SourceFormat {
    /** PostHog "Export to JSON", version 2023-04-28: {@code data.snapshots} with a windowId per event. */
    POSTHOG_EXPORT_2023("posthog-export-2023-04-28", "PostHog export (2023-04-28)"),
    /** PostHog "Export to JSON", version 2022-12-02: {@code data.snapshotsByWindowId}. */
    POSTHOG_EXPORT_2022("posthog-export-2022-12-02", "PostHog export (2022-12-02)"),
    /** PostHog snapshot API, {@code source=blob_v2}: JSON lines of {@code [windowId, event]}. */
    POSTHOG_BLOB_V2("posthog-blob-v2", "PostHog snapshot blob (blob_v2 JSON lines)"),
    /** Older PostHog snapshot API lines: {@code {"window_id": ..., "data": [events]}}. */
    POSTHOG_LEGACY_BLOB("posthog-legacy-blob", "PostHog snapshot blob (window_id/data JSON lines)"),
    /** PostHog snapshot API with {@code decompress=false}: length-prefixed Snappy blocks of JSON lines. */
    POSTHOG_SNAPPY_BLOCKS("posthog-snappy-blocks", "PostHog snapshot blob (length-prefixed Snappy blocks)"),
    /** What posthog-js sends to {@code /s/}: an array of {@code $snapshot} events carrying rrweb events. */
    POSTHOG_CAPTURE("posthog-capture", "posthog-js capture payload ($snapshot events)"),
    /** A JSON array of rrweb events (rrweb 1.x or 2.x). */
    RRWEB_JSON("rrweb-json", "rrweb event array"),
    /** rrweb events, one JSON object a line. */
    RRWEB_JSONL("rrweb-jsonl", "rrweb JSON lines"),
    /** The harness's own portable bundle (a ZIP with a manifest and checksums). */
    PORTABLE_BUNDLE("replay-bundle", "portable replay bundle");

    private final String id;
    private final String description;

    SourceFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Stable identifier, as written into manifests and {@code --json} output. */
    public String id() {
        return id;
    }

    /** What a person calls it. */
    public String description() {
        return description;
    }
}
