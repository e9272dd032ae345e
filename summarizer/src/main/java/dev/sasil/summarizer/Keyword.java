package dev.sasil.summarizer;

/** A content word or phrase central to an article, with its score. */
public record Keyword(String text, double score) {}
