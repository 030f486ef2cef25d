/**
 * Recordings as JUnit 5 tests: {@code @ReplayTest} and {@code ReplayTests} turn each bundle into a dynamic test,
 * and {@code ReplayAssertions} gives AssertJ assertions on a verdict.
 */
package dev.replayharness.junit5;
