/**
 * Extractive summaries of Korean news articles: {@link dev.sasil.summarizer.Summarizer} and its
 * graph-ranking implementation {@link dev.sasil.summarizer.TextRankSummarizer}, configured by
 * {@link dev.sasil.summarizer.RankingParameters}. Language knowledge (noise lines, stop terms)
 * lives in commented resource files beside these classes. The evaluation against labelled
 * corpora is in {@code dev.sasil.summarizer.eval}.
 */
package dev.sasil.summarizer;
