package dev.sasil.cli;

import dev.sasil.Sasil;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.factcheck.source.SourceGroups;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code sasil compare} computes: the inputs read into articles (problems and warnings
 * printed as {@link ArticleLoader} does) and their claims cross-checked by {@link
 * Sasil#compare(List)}. {@code sasil eval compare} scores exactly this, so the two cannot drift
 * apart.
 *
 * @param loaded the articles and documents read, and whether some input failed
 * @param result the findings, copies and internal problems of the cross-check
 */
record CrossCheck(ArticleLoader.Loaded loaded, dev.sasil.CrossCheck result) {

  /** The exit code: the loader's, or some-failed when a sentence could not be read. */
  int exitCode() {
    return result.problems().isEmpty() ? loaded.exitCode() : ExitCodes.SOME_FAILED;
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

  /** Reads the inputs of {@code input} and cross-checks them. */
  static CrossCheck run(InputOptions input, PrintWriter err) {
    return run(input, err, ArticleReader.Progress.NONE, false);
  }

  /**
   * Reads the inputs of {@code input}, telling {@code progress} after each document, and
   * cross-checks them; no line of counts when {@code quiet}.
   */
  static CrossCheck run(InputOptions input, PrintWriter err, ArticleReader.Progress progress, boolean quiet) {
    ArticleLoader.Loaded loaded = ArticleLoader.load(input, err, progress, quiet);
    dev.sasil.CrossCheck result = Sasil.standard().withWorkers(input.workers()).compare(loaded.articles());
    for (ExtractionProblem p : result.problems()) {
      err.println("sasil: " + p.describe());
    }
    java.util.Set<String> claimed = new java.util.HashSet<>();
    result.findings().forEach(f -> claimed.addAll(f.articleIds()));
    for (dev.sasil.core.Article a : loaded.articles()) {
      if (!claimed.contains(a.id()) && !dev.sasil.core.lang.LanguageDetector.KOREAN.equals(a.language())) {
        err.println("sasil: warning: " + a.id() + ": 0 claims, because the text is not Korean (detected: "
            + a.language() + ")");
      }
    }
    err.flush();
    return new CrossCheck(loaded, result);
  }
}
