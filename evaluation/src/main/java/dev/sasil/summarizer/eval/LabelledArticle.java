package dev.sasil.summarizer.eval;

import java.util.List;
import java.util.Objects;

/**
 * An article of a labelled extractive corpus such as sci-news-sum-kr-50.
 *
 * @param id the record id
 * @param title the headline, or null
 * @param url where it came from, or null
 * @param text the article text (the sentences joined)
 * @param sentences the labellers' sentence split
 * @param summary the gold summary: 0-based indices into {@code sentences}, ascending
 */
public record LabelledArticle(
    String id, String title, String url, String text, List<String> sentences, List<Integer> summary) {

  public LabelledArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    summary = List.copyOf(summary);
    for (int i : summary) {
      if (i < 0 || i >= sentences.size()) {
        throw new IllegalArgumentException(
            "article " + id + ": summary index " + i + " outside its " + sentences.size() + " sentences");
      }
    }
  }

  /** The gold summary sentences joined by spaces, in the order given. */
  public String reference() {
    StringBuilder b = new StringBuilder();
    for (int i : summary) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(sentences.get(i));
    }
    return b.toString();
  }
}
