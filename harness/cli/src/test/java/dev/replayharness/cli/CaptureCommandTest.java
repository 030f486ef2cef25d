package dev.replayharness.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code replay capture}'s options: durations as people write them, and the usage error for one that is not. */
class CaptureCommandTest {

    @Test
    void durationsAreReadAsPeopleWriteThem() {
        assertThat(CaptureCommand.duration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(CaptureCommand.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(CaptureCommand.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(CaptureCommand.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(CaptureCommand.duration("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void anIdleThatIsNoDurationAndAMissingStoreAreUsageErrors() {
        StringWriter err = new StringWriter();
        int code = ReplayCli.run(new String[] {"capture", "--store", "x", "--idle", "soon"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ReplayCli.USAGE);
        assertThat(err.toString()).contains("--idle: 'soon' is not a duration");

        StringWriter noStore = new StringWriter();
        assertThat(ReplayCli.run(new String[] {"capture"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(noStore, true))).isEqualTo(ReplayCli.USAGE);
        assertThat(noStore.toString()).contains("--store");
    }
}
