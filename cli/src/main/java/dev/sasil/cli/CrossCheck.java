package dev.sasil.cli;

import dev.sasil.CompareBatch;
import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.core.lang.LanguageDetector;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.factcheck.source.SourceGroups;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code sasil compare} computes: the inputs streamed through a {@link CompareBatch} (problems
 * and warnings printed as {@link ArticleLoader} does), which keeps the claims and light articles
 * rather than every analysed one. {@code sasil eval compare} scores exactly this, so the two cannot
 * drift apart.
 *
 * @param articles the articles read, in input order (beyond the batch's budget without their morphemes)
 * @param sourceTexts the text each article was read from, as given (an HTML page's extracted text), in the same
 *     order; empty when not asked for
 * @param someFailed whether some input could not be read
 * @param result the findings, copies and internal problems of the cross-check
 */
record CrossCheck(List<Article> articles, List<String> sourceTexts, boolean someFailed, dev.sasil.CrossCheck result) {

  CrossCheck {
    articles = List.copyOf(articles);
    sourceTexts = List.copyOf(sourceTexts);
  }

  /** The exit code: some-failed when an input or a sentence could not be read. */
  int exitCode() {
    return someFailed || !result.problems().isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** The exit code of reading alone. */
  int readExitCode() {
    return someFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  SourceGroups sources() {
    return result.sources();
  }

  List<Finding> findings() {
    return result.findings();
  }

  List<ExtractionProblem> problems() {
    return result.problems();
  }

  /**
   * Reads the inputs of {@code input} and cross-checks them, keeping the text each article was
   * read from ({@link #sourceTexts}, for scoring against gold).
   */
  static CrossCheck run(InputOptions input, PrintWriter err) {
    return run(input, err, ArticleReader.Progress.NONE, false, true);
  }

  /**
   * Reads the inputs of {@code input}, telling {@code progress} after each document, and
   * cross-checks them; no line of counts when {@code quiet}; the texts read from are kept only
   * when {@code keepSourceTexts} (else {@link #sourceTexts} is empty).
   */
  static CrossCheck run(InputOptions input, PrintWriter err, ArticleReader.Progress progress, boolean quiet,
      boolean keepSourceTexts) {
    CompareBatch batch = Sasil.standard().withWorkers(input.workers()).compareBatch();
    List<String> texts = new ArrayList<>();
    ArticleLoader.Streamed read = ArticleLoader.stream(input, err, progress, quiet, batch::take, (d, a, t) -> {
      batch.add(t);
      if (keepSourceTexts) {
        texts.add(d.html() ? a.text() : d.content());
      }
    });
    dev.sasil.CrossCheck result = batch.finish();
    for (ExtractionProblem p : result.problems()) {
      err.println("sasil: " + p.describe());
    }
    Set<String> claimed = new HashSet<>();
    result.findings().forEach(f -> claimed.addAll(f.articleIds()));
    for (Article a : batch.articles()) {
      if (!claimed.contains(a.id()) && !LanguageDetector.KOREAN.equals(a.language())) {
        err.println("sasil: warning: " + a.id() + ": 0 claims, because the text is not Korean (detected: "
            + a.language() + ")");
      }
    }
    err.flush();
    return new CrossCheck(batch.articles(), texts, read.someFailed(), result);
  }
}
