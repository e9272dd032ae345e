package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import dev.sasil.factcheck.Evidence;
import java.util.Objects;

/**
 * A cited sentence and where the claimed value sits in it, for highlighting.
 *
 * <p>Evidence offsets point into the article's cleaned text; the span inside the sentence is
 * {@code evidence.start() - sentence.start()}. When the article is not at hand or the offsets do
 * not fit the sentence (evidence from another version of the text), the value text is looked up
 * in the sentence instead; when it is not there either, nothing is highlighted.
 *
 * @param sentence the sentence as cited
 * @param start offset of the value in the sentence, or -1 when not found
 * @param end offset after the value in the sentence, or -1 when not found
 */
public record ValueSpan(String sentence, int start, int end) {

  public ValueSpan {
    Objects.requireNonNull(sentence, "sentence");
    boolean none = start == -1 && end == -1;
    if (!none && (start < 0 || end < start || end > sentence.length())) {
      throw new IllegalArgumentException("span " + start + ".." + end + " outside a sentence of " + sentence.length());
    }
  }

  /** The span of the evidence's value in its sentence; {@code article} may be null. */
  public static ValueSpan of(Evidence e, Article article) {
    String sentence = e.sentence();
    if (article != null && e.sentenceIndex() < article.sentences().size()) {
      Sentence s = article.sentences().get(e.sentenceIndex());
      int from = e.start() - s.start();
      int to = e.end() - s.start();
      if (s.text().equals(sentence) && from >= 0 && to <= sentence.length() && from < to
          && sentence.substring(from, to).equals(e.text())) {
        return new ValueSpan(sentence, from, to);
      }
    }
    int at = e.text().isEmpty() ? -1 : sentence.indexOf(e.text());
    return at < 0 ? new ValueSpan(sentence, -1, -1) : new ValueSpan(sentence, at, at + e.text().length());
  }

  public boolean found() {
    return start >= 0 && start < end;
  }

  public String before() {
    return found() ? sentence.substring(0, start) : sentence;
  }

  public String value() {
    return found() ? sentence.substring(start, end) : "";
  }

  public String after() {
    return found() ? sentence.substring(end) : "";
  }
}
