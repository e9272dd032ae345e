package dev.sasil.factcheck.extract;

import java.util.Objects;

/**
 * An internal error while reading claims from one sentence: the sentence gives no claims, the rest
 * of the article and the corpus go on, and the error is reported, never swallowed.
 *
 * @param articleId the article
 * @param sentenceIndex the sentence's 0-based index in the cleaned article
 * @param sentence the sentence text
 * @param error what went wrong ({@code IllegalArgumentException: …})
 */
public record ExtractionProblem(String articleId, int sentenceIndex, String sentence, String error)
    implements java.io.Serializable {

  public ExtractionProblem {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(error, "error");
  }

  static ExtractionProblem of(String articleId, int sentenceIndex, String sentence, RuntimeException e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
    return new ExtractionProblem(articleId, sentenceIndex, sentence,
        e.getClass().getSimpleName() + message + (at == null ? "" : " at " + at.getClassName()
            .substring(at.getClassName().lastIndexOf('.') + 1) + "." + at.getMethodName() + ":" + at.getLineNumber()));
  }

  /** One line for people: {@code internal error in a1.txt, sentence 3 ("…"): …}. */
  public String describe() {
    String s = sentence.length() > 40 ? sentence.substring(0, 40) + "…" : sentence;
    return "internal error in " + articleId + ", sentence " + (sentenceIndex + 1) + " (\"" + s.replace('\n', ' ')
        + "\"): " + error;
  }
}
