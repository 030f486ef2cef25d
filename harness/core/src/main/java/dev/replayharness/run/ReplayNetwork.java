package dev.replayharness.run;

import com.microsoft.playwright.BrowserContext;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.conditions.ReplayConditions;
import dev.replayharness.inputs.SecretText;
import dev.replayharness.network.HarFiles;
import dev.replayharness.network.NetworkDataException;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.network.RecordedExchanges;
import dev.replayharness.network.RequestKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network side of one replay: the recording's responses or the HAR to answer from, read before the browser
 * opens anything (data that cannot be used is an input error, not a divergence); the HAR to write, cut down once the
 * context has closed.
 */
final class ReplayNetwork {

    private final PageNetwork route;
    private final Path harIn;
    private final Path harOut;
    private final String recordedOrigin;
    private final String replayOrigin;
    /** Every API call of the replay, collected only while a HAR is written: what the HAR keeps. */
    private final Set<RequestKey> apiCalls = ConcurrentHashMap.newKeySet();

    private ReplayNetwork(PageNetwork route, Path harIn, Path harOut, String recordedOrigin, String replayOrigin) {
        this.route = route;
        this.harIn = harIn;
        this.harOut = harOut;
        this.recordedOrigin = recordedOrigin;
        this.replayOrigin = replayOrigin;
    }

    /**
     * Reads what the network mode answers from.
     *
     * @param name           the recording's name: its HAR in a folder of them, and messages
     * @param activity       the recording's network data, or null when the caller has none
     * @param recordedOrigin the origin the recording was made on (HAR addresses are kept on it)
     * @param replayOrigin   the target's origin
     * @param work           where a HAR moved onto the target is copied
     * @throws NetworkDataException when the mode needs data the recording or its HAR does not have
     */
    static ReplayNetwork prepare(String name, ReplayConditions conditions, RecordedActivity activity,
                                 NetworkPolicy policy, String recordedOrigin, String replayOrigin, PageWatch watch,
                                 WorkFolder work) {
        RecordedExchanges exchanges = exchanges(name, conditions.network(), activity, policy);
        Path harOut = conditions.recordHar() == null ? null : HarFiles.forRecording(conditions.recordHar(), name);
        if (harOut != null) {
            createFolder(harOut.toAbsolutePath().getParent());
        }
        Path harIn = conditions.network() instanceof NetworkMode.FromHar har
                ? HarFiles.forReplay(har.harFor(name), recordedOrigin, replayOrigin, work.path()) : null;
        return new ReplayNetwork(new PageNetwork(policy, conditions.network(), exchanges, watch), harIn, harOut,
                recordedOrigin, replayOrigin);
    }

    /** The context's shape, writing a HAR when one was asked for. */
    ContextSpec shape(ContextSpec spec) {
        return spec.recordingHar(harOut);
    }

    /** Routes every request of the context. */
    void install(BrowserContext context) {
        route.install(context, harIn);
        if (harOut != null) {
            context.onRequest(request -> {
                if (PageNetwork.isApiCall(request)) {
                    apiCalls.add(RequestKey.of(request.method(), request.url()));
                }
            });
        }
    }

    /**
     * After the context closed (Playwright has written the HAR): the HAR cut to the API calls the page made, the
     * secret inputs hidden in it.
     */
    void finish(SecretText secrets) {
        if (harOut != null) {
            HarFiles.keepApiCalls(harOut, apiCalls, replayOrigin, recordedOrigin, secrets::hide);
        }
    }

    private static RecordedExchanges exchanges(String name, NetworkMode mode, RecordedActivity activity,
                                               NetworkPolicy policy) {
        if (!(mode instanceof NetworkMode.Recorded)) {
            return null;
        }
        RecordedExchanges exchanges = activity == null ? null : RecordedExchanges.of(activity, policy::addressFor);
        if (exchanges == null || exchanges.answerable() == 0) {
            throw new NetworkDataException(name + ": --network " + mode.optionValue() + " needs recorded responses, "
                    + "and this recording has no response bodies"
                    + (exchanges != null && exchanges.unusable() > 0 ? " (" + exchanges.unusable()
                    + " API calls were recorded without one)" : "")
                    + ". posthog-js keeps bodies only with network body capture on (recordBody), and never for "
                    + "requests made before it started. Record a HAR from a live run with --record-har FILE and "
                    + "replay with --network har:FILE, or replay with --network live.");
        }
        return exchanges;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NetworkDataException("cannot create " + folder + " for the HAR: " + e.getMessage(), e);
        }
    }
}
