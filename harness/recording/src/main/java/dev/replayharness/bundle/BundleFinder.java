package dev.replayharness.bundle;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the recordings under the paths a user gives. A file is one recording, whatever it holds (a file that is not
 * one fails when it is read, with the reason). A folder is searched: files are recognised by their content, so step
 * lists, request logs and pictures beside a recording are passed over; PostHog snapshot blobs of one folder are one
 * session; golden-image folders ({@code *-snapshots}), hidden folders and {@code node_modules} are not entered.
 */
public final class BundleFinder {

    private static final Set<SourceFormat> SESSION_PARTS = EnumSet.of(SourceFormat.POSTHOG_BLOB_V2,
            SourceFormat.POSTHOG_LEGACY_BLOB, SourceFormat.POSTHOG_SNAPPY_BLOCKS, SourceFormat.POSTHOG_CAPTURE);
    private static final int MAX_DEPTH = 8;

    private BundleFinder() {
    }

    /** Every recording under the paths, in name order within each path. */
    public static List<BundleRef> find(List<Path> paths) {
        return findAt(paths.stream().<BundleLocation>map(BundleLocation.Local::new).toList());
    }

    /**
     * Every recording at the locations, in name order within each: a remote one is fetched first
     * ({@link RemoteLocations}) and its recordings are named by URL ({@code s3://bucket/prefix/shop/rrweb}), not by
     * the folder it was downloaded to.
     */
    public static List<BundleRef> findAt(List<BundleLocation> locations) {
        List<BundleRef> found = new ArrayList<>();
        for (BundleLocation location : locations) {
            if (location instanceof BundleLocation.Remote remote) {
                Path copy = RemoteLocations.fetch(remote);
                String url = remote.url();
                if (Files.isDirectory(copy)) {
                    found.addAll(inFolder(copy, url.substring(0, url.length() - 1), url));
                } else {
                    found.add(new BundleRef(url, List.of(copy)));
                }
                continue;
            }
            Path path = ((BundleLocation.Local) location).path();
            if (Files.isDirectory(path)) {
                // Names start with the folder's own name: two bundle folders' "rrweb" must not be one name.
                found.addAll(inFolder(path, withParent(path), name(path) + "/"));
            } else {
                found.add(new BundleRef(name(path), List.of(path)));
            }
        }
        return unique(found);
    }

    /** The folder's recordings: the folder itself as one is named {@code ownName}, the others {@code prefix + path}. */
    private static List<BundleRef> inFolder(Path folder, String ownName, String prefix) {
        Map<String, BundleRef> inFolder = new TreeMap<>();
        search(folder, folder, 0, inFolder);
        return inFolder.values().stream().map(b -> new BundleRef(
                b.name().equals(name(folder)) ? ownName : prefix + b.name(), b.files())).toList();
    }

    /** A folder that is one bundle is named with its parent too: "shop-checkout/rrweb", not "rrweb". */
    private static String withParent(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? name(path) : name(parent) + "/" + name(path);
    }

    private static String name(Path path) {
        Path file = path.toAbsolutePath().normalize().getFileName();
        return file == null ? path.toString() : file.toString();
    }

    /** Names are keys (of reports, picture folders, shards): a repeated one gets a counter. */
    private static List<BundleRef> unique(List<BundleRef> bundles) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<BundleRef> named = new ArrayList<>();
        for (BundleRef bundle : bundles) {
            int count = seen.merge(bundle.name(), 1, Integer::sum);
            named.add(count == 1 ? bundle : new BundleRef(bundle.name() + "#" + count, bundle.files()));
        }
        return named;
    }

    private static void search(Path root, Path dir, int depth, Map<String, BundleRef> found) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Path> parts = new ArrayList<>();
        List<Path> whole = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                if (depth < MAX_DEPTH && !name.startsWith(".") && !name.endsWith("-snapshots")
                        && !name.equals("node_modules")) {
                    search(root, entry, depth + 1, found);
                }
                continue;
            }
            Optional<SourceFormat> format = Files.isRegularFile(entry) ? Bundles.probe(entry) : Optional.empty();
            format.ifPresent(f -> (SESSION_PARTS.contains(f) ? parts : whole).add(entry));
        }
        String folder = root.equals(dir) ? name(dir)
                : root.relativize(dir).toString().replace('\\', '/');
        if (!parts.isEmpty()) {
            found.put(folder, new BundleRef(folder, parts));
        }
        for (Path file : whole) {
            String name = whole.size() == 1 && parts.isEmpty() ? folder
                    : root.relativize(file).toString().replace('\\', '/');
            found.put(name, new BundleRef(name, List.of(file)));
        }
    }
}
