/**
 * The world a replayed page lives in besides the build: its clock, its chance and where its requests are answered.
 * What makes a replay give the same outcome every time, and the user's outcome.
 */
package dev.replayharness.conditions;
