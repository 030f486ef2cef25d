package dev.replayharness.s3;

import dev.replayharness.bundle.RemoteLocationException;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object operations Replay Harness needs on an S3-compatible store: put a file, get one to a file, when an
 * object was written, and every object under a prefix. Every failure is a {@link RemoteLocationException} naming the
 * location, what went wrong and the fix; no message carries a credential.
 */
public final class S3Objects implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final S3Settings settings;
    private final S3Client client;

    private S3Objects(S3Settings settings, S3Client client) {
        this.settings = settings;
        this.client = client;
    }

    /** A client for the store {@code settings} names, with credentials from the AWS SDK's default chain. */
    public static S3Objects connect(S3Settings settings) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(READ_TIMEOUT))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible stores refuse the SDK's newer
                // trailing checksums, and a bundle carries its own checksums anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return new S3Objects(settings, builder.build());
    }

    /** A client configured from this process's system properties and environment ({@link S3Settings#from}). */
    public static S3Objects fromEnvironment() {
        return connect(S3Settings.fromEnvironment());
    }

    public S3Settings settings() {
        return settings;
    }

    /** Stores {@code file} as the object at {@code location}, replacing it; S3 makes it visible whole or not at all. */
    public void put(S3Location location, Path file) {
        put(location, file, Map.of());
    }

    /** {@link #put(S3Location, Path)} with user metadata ({@code x-amz-meta-*}; keys in lower case). */
    public void put(S3Location location, Path file, Map<String, String> metadata) {
        object(location);
        try {
            client.putObject(b -> b.bucket(location.bucket()).key(location.key()).metadata(metadata),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw failure(location, "cannot store " + file, e);
        }
    }

    /** Copies the object at {@code location} to {@code file} (replaced), or returns empty when there is none. */
    public Optional<Path> get(S3Location location, Path file) {
        object(location);
        try {
            Files.deleteIfExists(file);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            client.getObject(b -> b.bucket(location.bucket()).key(location.key()), ResponseTransformer.toFile(file));
            return Optional.of(file);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " for " + location + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw failure(location, "cannot read it", e);
        }
    }

    /** When the object at {@code location} was last written, or empty when there is none. */
    public Optional<Instant> lastModified(S3Location location) {
        return head(location).map(ObjectHead::lastModified);
    }

    /** When the object at {@code location} was last written and its user metadata, or empty when there is none. */
    public Optional<ObjectHead> head(S3Location location) {
        object(location);
        try {
            HeadObjectResponse head = client.headObject(b -> b.bucket(location.bucket()).key(location.key()));
            return Optional.of(new ObjectHead(head.lastModified(), head.metadata()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            // A HEAD answer has no body, so a missing key comes back as a bare 404 rather than NoSuchKey.
            if (e.statusCode() == 404 && !bucketMissing(e)) {
                return Optional.empty();
            }
            throw failure(location, "cannot look it up", e);
        } catch (SdkException e) {
            throw failure(location, "cannot look it up", e);
        }
    }

    /** Every object under the prefix {@code location}, in key order, however many pages the listing takes. */
    public List<StoredObject> list(S3Location location) {
        return list(location, 1000);
    }

    /** {@link #list(S3Location)} asking for {@code pageSize} keys a page (S3's maximum and default is 1,000). */
    List<StoredObject> list(S3Location location, int pageSize) {
        if (!location.isPrefix()) {
            throw new IllegalArgumentException(location + " is an object, not a prefix: end it with /");
        }
        try {
            return client.listObjectsV2Paginator(b -> b.bucket(location.bucket()).prefix(location.key())
                            .maxKeys(pageSize)).contents()
                    .stream()
                    .map(o -> new StoredObject(new S3Location(location.bucket(), o.key()), o.size(), o.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw failure(location, "cannot list it", e);
        }
    }

    private static void object(S3Location location) {
        if (location.isPrefix()) {
            throw new IllegalArgumentException(location + " is a prefix, not an object: name the key after it");
        }
    }

    private boolean bucketMissing(S3Exception e) {
        return e instanceof NoSuchBucketException || (e.awsErrorDetails() != null
                && "NoSuchBucket".equals(e.awsErrorDetails().errorCode()));
    }

    /** The SDK's failure said for people: what, where, and the fix. */
    private RemoteLocationException failure(S3Location location, String what, SdkException e) {
        String where = " at " + settings.describe();
        String problem;
        if (e instanceof S3Exception s3 && bucketMissing(s3)) {
            problem = "the bucket '" + location.bucket() + "' does not exist" + where + ": create it, or fix the "
                    + "bucket name or the endpoint (AWS_ENDPOINT_URL_S3)";
        } else if (e instanceof S3Exception s3 && (s3.statusCode() == 403 || s3.statusCode() == 401)) {
            String code = s3.awsErrorDetails() == null ? "" : " (" + s3.awsErrorDetails().errorCode() + ")";
            problem = what + ": access denied" + code + where + ": check the credentials (AWS_ACCESS_KEY_ID and "
                    + "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE) and what they may do in the bucket";
        } else if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode() + ", ";
            problem = what + ": the store answered " + code + "HTTP " + s3.statusCode() + where;
        } else if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("credentials")) {
            problem = what + ": no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                    + "AWS_PROFILE, or run where a role provides them";
        } else if (e instanceof SdkClientException && causedByIo(e)) {
            problem = what + ": cannot reach " + settings.describe() + " (" + rootMessage(e) + "): check that the "
                    + "store runs and AWS_ENDPOINT_URL_S3 (or replay.s3.endpoint) points at it";
        } else {
            problem = what + where + ": " + e.getMessage();
        }
        return new RemoteLocationException(location.toString(), problem, e);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        client.close();
    }
}
