package dev.replayharness.junit5;

import dev.replayharness.compare.ReplayReport;

/** Entry point: {@code ReplayAssertions.assertThat(report).hasNoBehaviouralDivergence()}. */
public final class ReplayAssertions {

    private ReplayAssertions() {
    }

    public static ReplayReportAssert assertThat(ReplayReport report) {
        return new ReplayReportAssert(report);
    }
}
