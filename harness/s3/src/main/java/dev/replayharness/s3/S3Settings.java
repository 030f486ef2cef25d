package dev.replayharness.s3;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach an S3-compatible store. Credentials are not here: they always come from the AWS SDK's default
 * provider chain (environment, system properties, profile, container or instance role), so none is ever in our
 * settings, command lines or logs.
 *
 * @param endpoint  the store's URL ({@code http://127.0.0.1:9000} for MinIO or s3proxy), or null for AWS itself
 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: what most
 *                  S3-compatible stores need
 * @param region    the region to sign for; S3-compatible stores mostly accept any
 */
public record S3Settings(URI endpoint, boolean pathStyle, String region) {

    /** The system property, then the environment variable, naming the endpoint (the SDK's own variables). */
    public static final String ENDPOINT_PROPERTY = "replay.s3.endpoint";
    public static final String PATH_STYLE_PROPERTY = "replay.s3.pathStyle";
    public static final String PATH_STYLE_VARIABLE = "REPLAY_S3_PATH_STYLE";
    public static final String REGION_PROPERTY = "replay.s3.region";
    /** The region when none is configured anywhere: where S3 began, and what S3-compatible stores expect. */
    public static final String FALLBACK_REGION = "us-east-1";

    public S3Settings {
        Objects.requireNonNull(region, "region");
        if (region.isBlank()) {
            throw new IllegalArgumentException("the S3 region is blank: set AWS_REGION (e.g. us-east-1)");
        }
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null
                || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https")))) {
            throw new IllegalArgumentException("the S3 endpoint '" + endpoint + "' is not an http(s) URL: expected "
                    + "e.g. http://127.0.0.1:9000 in AWS_ENDPOINT_URL_S3");
        }
    }

    /** A store at {@code endpoint}, path-style, signing for {@code region}. */
    public static S3Settings at(URI endpoint, String region) {
        return new S3Settings(endpoint, true, region);
    }

    /** From this process's system properties and environment ({@link #from}). */
    public static S3Settings fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    /**
     * The endpoint from {@code replay.s3.endpoint}, {@code AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL}, else
     * AWS itself; path-style from {@code replay.s3.pathStyle} or {@code REPLAY_S3_PATH_STYLE}, else on exactly when
     * an endpoint is set; the region from {@code replay.s3.region}, {@code aws.region}, {@code AWS_REGION} or
     * {@code AWS_DEFAULT_REGION}, else {@value #FALLBACK_REGION}.
     */
    public static S3Settings from(Properties properties, Map<String, String> environment) {
        String endpointText = first(properties.getProperty(ENDPOINT_PROPERTY), environment.get("AWS_ENDPOINT_URL_S3"),
                environment.get("AWS_ENDPOINT_URL"));
        URI endpoint;
        try {
            endpoint = endpointText == null ? null : URI.create(endpointText.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the S3 endpoint '" + endpointText + "' is not a URL: expected e.g. "
                    + "http://127.0.0.1:9000", e);
        }
        String pathStyleText = first(properties.getProperty(PATH_STYLE_PROPERTY), environment.get(PATH_STYLE_VARIABLE));
        boolean pathStyle = pathStyleText == null ? endpoint != null : flag(pathStyleText);
        String region = first(properties.getProperty(REGION_PROPERTY), properties.getProperty("aws.region"),
                environment.get("AWS_REGION"), environment.get("AWS_DEFAULT_REGION"));
        return new S3Settings(endpoint, pathStyle, region == null ? FALLBACK_REGION : region.trim());
    }

    /** Where requests go, for messages: the endpoint, or AWS and the region. */
    public String describe() {
        return endpoint != null ? endpoint.toString() : "AWS S3 (" + region + ")";
    }

    private static boolean flag(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(PATH_STYLE_VARIABLE + "='" + text
                    + "' is not true or false");
        };
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
