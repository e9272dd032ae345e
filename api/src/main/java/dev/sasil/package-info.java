/**
 * The library entry point: {@link dev.sasil.Sasil}. Everything else (articles, summaries,
 * findings, reports) is in the packages of the modules it brings in: {@code dev.sasil.core},
 * {@code dev.sasil.summarizer}, {@code dev.sasil.factcheck}, {@code dev.sasil.report}.
 */
package dev.sasil;
