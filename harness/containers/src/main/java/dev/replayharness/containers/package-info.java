/**
 * The build under test started as a container (Testcontainers), in a module of its own so the core carries no
 * Docker client; it says at once when no Docker engine answers.
 */
package dev.replayharness.containers;
