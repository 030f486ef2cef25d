package dev.replayharness.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One S3-compatible server for all the tests of a class, with a bucket made and its credentials the default chain's
 * for the class's run: {@code @RegisterExtension static final SharedS3 S3 = new SharedS3("bundles");}, then
 * {@link #server()} in the tests.
 */
public final class SharedS3 implements BeforeAllCallback, AfterAllCallback {

    private final String bucket;
    private Path folder;
    private S3ProxyServer server;
    private AutoCloseable credentials;

    public SharedS3(String bucket) {
        this.bucket = bucket;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            folder = Files.createTempDirectory("s3proxy-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = S3ProxyServer.start(folder).createBucket(bucket);
        credentials = server.useAsDefault();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (credentials != null) {
                credentials.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            delete(folder);
        }
    }

    private static void delete(Path tree) throws IOException {
        if (tree == null || !Files.exists(tree)) {
            return;
        }
        try (var paths = Files.walk(tree)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The class's server, its bucket made. */
    public S3ProxyServer server() {
        if (server == null) {
            throw new IllegalStateException("the server starts before the class's first test: register SharedS3 "
                    + "as a static @RegisterExtension field");
        }
        return server;
    }

    public String bucket() {
        return bucket;
    }
}
