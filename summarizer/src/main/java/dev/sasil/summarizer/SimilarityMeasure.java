package dev.sasil.summarizer;

/** How the edge weight between two sentences of the ranking graph is computed. */
public enum SimilarityMeasure {
  /** Cosine of TF-IDF vectors over content morphemes (LexRank's continuous graph). */
  TFIDF_COSINE,
  /**
   * Okapi BM25 of one sentence as the query against the other, averaged both ways so the graph
   * stays undirected (the weighting of gensim's TextRank variant).
   */
  BM25,
  /**
   * Shared content morphemes divided by {@code log|Si| + log|Sj|} (Mihalcea and Tarau's
   * original TextRank).
   */
  OVERLAP
}
