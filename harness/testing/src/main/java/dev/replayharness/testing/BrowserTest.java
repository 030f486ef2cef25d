package dev.replayharness.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that launches Chromium. CI runs these; {@code -Dreplay.skipBrowserTests} leaves them out of
 * a quick local build. One name for the tag, so no module spells it differently.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserTest.TAG)
public @interface BrowserTest {

    /** The JUnit tag, as the build's {@code excludedGroups} names it. */
    String TAG = "browser";
}
