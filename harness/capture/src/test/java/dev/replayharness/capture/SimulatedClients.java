package dev.replayharness.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * posthog-js clients simulated with the {@code /s/} bodies real posthog-js sent while the fixture journeys were
 * recorded: each client is one session (every body rewritten to its session id and its own event uuids), sends its
 * bodies out of order, sends some twice as posthog-js does when a page comes back online, and retries every body
 * until it is answered 200, as posthog-js's retry queue does.
 */
public final class SimulatedClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> JOURNEYS = List.of("shop-checkout", "shop-search-filter", "shop-modal",
            "shop-deals", "site-contact", "site-guide", "shop-resize", "shop-spa-back", "site-browse",
            "shop-journal-scroll", "shop-add-to-cart", "shop-add-to-cart-bug");

    /** One body of one client, as it goes on the wire. */
    public record Batch(int client, String sessionId, int number, byte[] body) {
    }

    /**
     * What a run did.
     *
     * @param answered    bodies answered 200 (a resent duplicate counts again)
     * @param failed      attempts that got no 200 (the server down, refusing, or the connection cut), then retried
     * @param bytes       body bytes of the answered requests
     * @param elapsedNanos from the first request to the last answer
     */
    public record Run(long answered, long failed, long bytes, long elapsedNanos) {
    }

    private final List<List<Batch>> distinct;
    private final List<List<Batch>> plans;

    private SimulatedClients(List<List<Batch>> distinct, List<List<Batch>> plans) {
        this.distinct = distinct;
        this.plans = plans;
    }

    /**
     * {@code clients} sessions, each of every recorded body once, plus {@code duplicates} of them (a fraction) sent
     * again later, in an order shuffled in small windows (a retried batch overtaken by the next).
     */
    public static SimulatedClients prepare(int clients, double duplicates, long seed) {
        List<byte[]> recorded = JOURNEYS.stream().flatMap(journey -> RecordedBodies.of(journey).stream()).toList();
        Random random = new Random(seed);
        List<List<Batch>> distinct = new ArrayList<>();
        List<List<Batch>> plans = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            String sessionId = new UUID(seed, client).toString();
            List<Batch> batches = new ArrayList<>();
            for (int n = 0; n < recorded.size(); n++) {
                batches.add(new Batch(client, sessionId, n, asSession(recorded.get(n), sessionId)));
            }
            List<Batch> plan = new ArrayList<>(batches);
            for (int i = 0; i + 1 < plan.size(); i += 2 + random.nextInt(3)) {
                Collections.swap(plan, i, i + 1);
            }
            for (Batch batch : batches) {
                if (random.nextDouble() < duplicates) {
                    plan.add(Math.min(plan.size(), plan.indexOf(batch) + 1 + random.nextInt(8)), batch);
                }
            }
            distinct.add(List.copyOf(batches));
            plans.add(List.copyOf(plan));
        }
        return new SimulatedClients(distinct, plans);
    }

    /** Requests in all plans, duplicates included. */
    public int requests() {
        return plans.stream().mapToInt(List::size).sum();
    }

    public int clients() {
        return plans.size();
    }

    /** A client's bodies, each once, in recorded order. */
    public List<Batch> batches(int client) {
        return distinct.get(client);
    }

    public String sessionId(int client) {
        return distinct.get(client).get(0).sessionId();
    }

    /**
     * Sends every plan on {@code threads} threads (the clients dealt out among them, each thread taking its
     * clients' bodies in turn), each body until it is answered 200.
     *
     * @param baseUrl  the server's address, asked again at each attempt (it may restart elsewhere)
     * @param deadline the run fails past it: a body never answered is a lost one
     * @param answered told the running count of answered bodies after each answer
     */
    public Run send(Supplier<String> baseUrl, int threads, Duration deadline, LongConsumer answered) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Batch> interleaved = interleave(t, threads);
                done.add(pool.submit(() -> {
                    for (Batch batch : interleaved) {
                        while (!post(http, baseUrl.get(), batch)) {
                            failed.incrementAndGet();
                            if (System.nanoTime() > end) {
                                throw new IllegalStateException("body " + batch.number() + " of session "
                                        + batch.sessionId() + " was never answered 200 within " + deadline);
                            }
                            pause(20);
                        }
                        bytes.addAndGet(batch.body().length);
                        answered.accept(ok.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Run(ok.get(), failed.get(), bytes.get(), System.nanoTime() - start);
    }

    private List<Batch> interleave(int thread, int threads) {
        List<List<Batch>> mine = new ArrayList<>();
        for (int client = thread; client < plans.size(); client += threads) {
            mine.add(plans.get(client));
        }
        List<Batch> interleaved = new ArrayList<>();
        int longest = mine.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Batch> plan : mine) {
                if (i < plan.size()) {
                    interleaved.add(plan.get(i));
                }
            }
        }
        return interleaved;
    }

    private static boolean post(HttpClient http, String baseUrl, Batch batch) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/s/?compression=gzip-js"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(batch.body())).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false; // refused while the server is down, or cut when it died: sent again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The events each client's session must hold, as the recording reader reads them (each once), written by way
     * of {@code scratch}.
     */
    public List<String> expectedEvents(int client, Path scratch) {
        try {
            Path folder = Files.createDirectories(scratch.resolve("expected-" + client));
            List<Path> files = new ArrayList<>();
            for (Batch batch : distinct.get(client)) {
                files.add(Files.write(folder.resolve("s-%03d.json.gz".formatted(batch.number())), batch.body()));
            }
            return events(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of a recording, each as its JSON, in the order read. */
    public static List<String> events(List<Path> files) {
        List<String> events = new ArrayList<>();
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            recording.events().forEachRemaining(event -> events.add(event.event().raw().toString()));
        }
        return events;
    }

    /** A recorded body made one of {@code sessionId}'s: its session id, and uuids of its own. */
    static byte[] asSession(byte[] recorded, String sessionId) {
        boolean gzip = recorded.length > 2 && (recorded[0] & 0xff) == 0x1f && (recorded[1] & 0xff) == 0x8b;
        try (java.io.InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(recorded))
                : new ByteArrayInputStream(recorded)) {
            ArrayNode events = (ArrayNode) JSON.readTree(in);
            for (JsonNode node : events) {
                ObjectNode event = (ObjectNode) node;
                ((ObjectNode) event.get("properties")).put("$session_id", sessionId);
                if (event.hasNonNull("uuid")) {
                    event.put("uuid", UUID.nameUUIDFromBytes((sessionId + event.get("uuid").asText())
                            .getBytes(StandardCharsets.UTF_8)).toString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                JSON.writeValue(zip, events);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a recorded body is not the JSON array posthog-js sends", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
