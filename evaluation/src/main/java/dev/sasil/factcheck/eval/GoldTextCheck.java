package dev.sasil.factcheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a gold file against the texts of its corpus: every {@code contains} string must be found
 * (whitespace removed) in its article's text, or no finding can ever cover the item and the corpus
 * is wrong or stale. Stateless.
 */
public final class GoldTextCheck {

  private GoldTextCheck() {}

  /**
   * The text of one article of the corpus, as read (before cleaning).
   *
   * @param articleId the article's id
   * @param text its text
   */
  public record ArticleText(String articleId, String text) {
    public ArticleText {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A cited text that the corpus does not have.
   *
   * @param item the gold item citing it
   * @param evidence the evidence entry
   * @param articleMissing true when no article of the corpus has the id, false when the article is
   *     there but its text does not contain the string
   */
  public record Missing(GoldItem item, GoldEvidence evidence, boolean articleMissing) {
    public Missing {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(evidence, "evidence");
    }

    /** One line for people: {@code AL-ag1 altman-1: "…" is not in the article's text}. */
    public String message() {
      return item.id() + " " + evidence.article() + ": "
          + (articleMissing ? "no article with this id in the corpus" : "\"" + evidence.contains() + "\" is not in the article's text");
    }
  }

  /**
   * Every evidence entry of {@code gold} not found in {@code texts}, in item order. When two texts
   * have the same id the first counts.
   */
  public static List<Missing> missing(GoldFindings gold, List<ArticleText> texts) {
    Map<String, String> squashed = new HashMap<>();
    for (ArticleText t : texts) {
      squashed.putIfAbsent(t.articleId(), GoldMatching.squash(t.text()));
    }
    List<Missing> out = new ArrayList<>();
    for (GoldItem item : gold.items()) {
      for (GoldEvidence ev : item.evidence()) {
        String text = squashed.get(ev.article());
        if (text == null) {
          out.add(new Missing(item, ev, true));
        } else if (!text.contains(GoldMatching.squash(ev.contains()))) {
          out.add(new Missing(item, ev, false));
        }
      }
    }
    return List.copyOf(out);
  }
}
