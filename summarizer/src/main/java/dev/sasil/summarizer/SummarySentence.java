package dev.sasil.summarizer;

/**
 * A sentence chosen for a summary.
 *
 * @param index 0-based position of the sentence in the cleaned article
 * @param text the sentence
 * @param score its rank score (higher is more central)
 */
public record SummarySentence(int index, String text, double score) {}
