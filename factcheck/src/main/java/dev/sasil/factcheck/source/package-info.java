/**
 * Sources: which articles of a run are copies of one text (wire copy reprinted by several
 * outlets, or the same file given twice), so that the cross-check counts them as one source.
 * {@link dev.sasil.factcheck.source.SourceGroups#find(java.util.List)} is the entry point.
 */
package dev.sasil.factcheck.source;
