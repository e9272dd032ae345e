/**
 * Cross-checking: claims grouped by (subject, attribute, qualifiers), values compared with their
 * granularity and bounds, verdicts with explanations, contradictions first; copies of one text
 * ({@link dev.sasil.factcheck.source.SourceGroups}) count as one source.
 * {@link dev.sasil.factcheck.crosscheck.SourceComparer} is the facade.
 */
package dev.sasil.factcheck.crosscheck;
