/**
 * What a recording says the page did besides its DOM: console messages and network requests, in order, with their
 * moments; the model the judges compare a replay with, and the one a replay will serve recorded responses from.
 */
package dev.replayharness.activity;
