package dev.replayharness.junit5;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method returning {@link ReplayTests}' dynamic nodes as the replay tests of a class, tagged
 * {@code replay} so a build can run or skip them as a group.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestFactory
@Tag("replay")
public @interface ReplayTest {
}
