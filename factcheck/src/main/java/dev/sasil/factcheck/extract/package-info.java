/**
 * Claim extraction: event triggers and measure cues from commented lexicons, themes and actors
 * from Nori particles, clause-level dating with the time normalizer, derived claims from
 * durations ({@code 2년 만에}), and how sure each claim is ({@link dev.sasil.factcheck.extract.ExtractedClaim#firm()}).
 */
package dev.sasil.factcheck.extract;
