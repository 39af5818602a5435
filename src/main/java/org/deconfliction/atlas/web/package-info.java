/**
 * The HTTP front door, in front of the UI and the API alike: every request's parameters read once, strictly
 * (percent-encoding, UTF-8, names, count, repetition under {@code /api}), form bodies bounded in size, malformed
 * requests answered with an RFC 9457 problem naming what was wrong and logged in one rate-limited line without a
 * trace; and the one strict rule for decimal numbers that every parser of user input follows.
 */
package org.deconfliction.atlas.web;
