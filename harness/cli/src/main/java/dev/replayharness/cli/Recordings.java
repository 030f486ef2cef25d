package dev.replayharness.cli;

import dev.replayharness.bundle.BundleFinder;
import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.bundle.BundleRef;

import java.nio.file.Path;
import java.util.List;

/**
 * The recordings a command's FILE arguments name: a local path is one, as given; an {@code s3://bucket/key} is the
 * object fetched, an {@code s3://bucket/prefix/} each recording under it, named by URL.
 */
final class Recordings {

    private Recordings() {
    }

    /** Each argument's recordings, in order. */
    static List<BundleRef> at(List<String> arguments) {
        return arguments.stream().flatMap(argument -> at(argument).stream()).toList();
    }

    /** Every file of every argument's recordings, in order: the files of one session. */
    static List<Path> files(List<String> arguments) {
        return at(arguments).stream().flatMap(bundle -> bundle.files().stream()).toList();
    }

    private static List<BundleRef> at(String argument) {
        BundleLocation location = BundleLocation.parse(argument);
        return location instanceof BundleLocation.Local local
                ? List.of(new BundleRef(local.describe(), List.of(local.path())))
                : BundleFinder.findAt(List.of(location));
    }
}
