/**
 * Extractive summaries of Korean news articles: {@link dev.sasil.summarizer.Summarizer} and its
 * graph-ranking implementation {@link dev.sasil.summarizer.TextRankSummarizer}, configured by
 * {@link dev.sasil.summarizer.RankingParameters}. Its stop terms live in a commented resource
 * file beside these classes; what counts as a byline, caption or other page debris is core's
 * ({@code dev.sasil.core.clean}). The evaluation against labelled
 * corpora is in {@code dev.sasil.summarizer.eval}.
 */
package dev.sasil.summarizer;
