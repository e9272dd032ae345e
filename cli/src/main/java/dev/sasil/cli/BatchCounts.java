package dev.sasil.cli;

import java.util.Locale;

/**
 * What a batch read, kept, cleaned away and refused, so that nothing is lost without a word: a run
 * that dropped an input, a record or a whole article's text says so in its summary line on stderr.
 *
 * @param inputs the inputs named on the command line
 * @param documents the documents read from them (files, JSON Lines records, standard input)
 * @param refused inputs and records that could not be read or processed, each named on its own line
 * @param articles the articles processed
 * @param sentences the sentences of those articles
 * @param emptyArticles articles left without any sentence after cleaning
 * @param charactersRead non-space characters of the documents' text
 * @param charactersKept non-space characters of the cleaned articles
 */
record BatchCounts(int inputs, int documents, int refused, int articles, long sentences, int emptyArticles,
    long charactersRead, long charactersKept) {

  /** How the summary line starts, after {@code sasil: }: tests and scripts can tell it from errors. */
  static final String PREFIX = "read ";

  /**
   * The counts as one line for stderr, without the {@code sasil: } prefix: {@code read 3 inputs: 2
   * documents, 1 refused; kept 2 articles, 31 sentences; cleaning removed 120 of 2400 characters}.
   */
  String line() {
    StringBuilder sb = new StringBuilder(PREFIX);
    sb.append(count(inputs, "input")).append(": ").append(count(documents, "document")).append(", ")
        .append(refused).append(" refused; kept ").append(count(articles, "article")).append(", ")
        .append(count(sentences, "sentence")).append("; cleaning removed ")
        .append(String.format(Locale.ROOT, "%d of %d characters", charactersRead - charactersKept, charactersRead));
    if (emptyArticles > 0) {
      sb.append("; ").append(count(emptyArticles, "article")).append(" with no sentence left");
    }
    return sb.toString();
  }

  /** Adds up the articles of a batch as they come; not thread-safe. */
  static final class Tally {
    private int articles;
    private int emptyArticles;
    private long sentences;
    private long charactersRead;
    private long charactersKept;

    /** Counts an article and the text of the document it was made from. */
    void add(String documentText, dev.sasil.core.Article a) {
      articles++;
      emptyArticles += a.sentences().isEmpty() ? 1 : 0;
      sentences += a.sentences().size();
      charactersRead += visible(documentText);
      charactersKept += visible(a.text());
    }

    /** The counts of the articles added, from these inputs, documents and refusals. */
    BatchCounts counts(int inputs, int documents, int refused) {
      return new BatchCounts(inputs, documents, refused, articles, sentences, emptyArticles, charactersRead,
          charactersKept);
    }
  }

  /** Whether a line of stderr is the summary line. */
  static boolean isSummary(String line) {
    return line.startsWith("sasil: " + PREFIX);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The characters of {@code text} that are not white space. */
  static long visible(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
