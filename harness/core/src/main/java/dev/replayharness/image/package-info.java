/**
 * The pixel engine: PNG decoding, a perceptual per-pixel difference with anti-aliasing detection (pixelmatch's
 * method) and masked areas. It knows nothing else of the project, so anything that compares pictures can use it.
 */
package dev.replayharness.image;
