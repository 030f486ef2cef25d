/**
 * Many bundles against one target: discovery, shards, parallel workers with their own browsers, reproduction,
 * and the report files (JSON summary, JUnit XML, HTML) that the CLI and the Maven plugin share.
 */
package dev.replayharness.suite;
