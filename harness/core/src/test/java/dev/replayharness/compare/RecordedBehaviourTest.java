package dev.replayharness.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedBehaviourTest {

    @Test
    void aMessageReadsTheSameWhateverPortItCameFromAndWhateverInjectedScriptCalledIt() {
        String recorded = """
                TypeError: Cannot read properties of undefined (reading 'expiresAt')
                    at http://shop.example.com/assets/index-DCBQdPGW.js:1:24671""";
        // An injected script (here Playwright's fake timers) called the page's callback: its frames have no address.
        String replayed = """
                TypeError: Cannot read properties of undefined (reading 'expiresAt')
                    at http://127.0.0.1:35113/assets/index-DCBQdPGW.js:1:24671
                    at ClockController._callFirstTimer (<anonymous>:285:20)
                    at ClockController._runTo (<anonymous>:120:33)
                    at <anonymous>:168:38""";

        assertThat(RecordedBehaviour.normaliseMessage(replayed)).isEqualTo(RecordedBehaviour.normaliseMessage(recorded))
                .isEqualTo("TypeError: Cannot read properties of undefined (reading 'expiresAt') at <url>");
    }

    @Test
    void theAppsOwnFramesStayPartOfTheMessage() {
        assertThat(RecordedBehaviour.normaliseMessage("Uncaught Error: boom\n    at render (http://a.test/app.js:3:9)"))
                .isEqualTo("Error: boom at render (<url>)");
    }

    @Test
    void aRejectionTheRecorderLoggedAsUncaughtInPromiseIsTheSameAsThePageErrorOfTheReplay() {
        // RapiDoc's web fonts fail to load: rrweb's console plugin logs "Uncaught (in promise) NetworkError: ...",
        // Playwright reports the page error "NetworkError: ...".
        assertThat(RecordedBehaviour.normaliseMessage("Uncaught (in promise) NetworkError: A network error occurred."))
                .isEqualTo(RecordedBehaviour.normaliseMessage("NetworkError: A network error occurred."));
    }
}
