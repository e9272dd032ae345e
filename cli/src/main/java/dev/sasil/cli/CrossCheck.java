package dev.sasil.cli;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import dev.sasil.factcheck.source.SourceGroups;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code sasil compare} computes: the inputs read into articles (problems and warnings
 * printed as {@link ArticleLoader} does) and their claims cross-checked. {@code sasil eval
 * compare} scores exactly this, so the two cannot drift apart. The comparer is created once per
 * process.
 *
 * @param loaded the articles and documents read, and whether some input failed
 * @param sources which articles are copies of which (counted as one source)
 * @param findings the findings, contradictions first
 * @param problems internal errors met while reading claims, each printed as one line
 */
record CrossCheck(ArticleLoader.Loaded loaded, SourceGroups sources, List<Finding> findings,
    List<dev.sasil.factcheck.extract.ExtractionProblem> problems) {

  CrossCheck {
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
  }

  /** The exit code: the loader's, or some-failed when a sentence could not be read. */
  int exitCode() {
    return problems.isEmpty() ? loaded.exitCode() : ExitCodes.SOME_FAILED;
  }

  private static final class Holder {
    static final SourceComparer COMPARER = SourceComparer.standard();
  }

  /** Reads the inputs of {@code input} and cross-checks them. */
  static CrossCheck run(InputOptions input, PrintWriter err) {
    ArticleLoader.Loaded loaded = ArticleLoader.load(input, err);
    SourceGroups sources = SourceGroups.find(loaded.articles());
    SourceComparer.Result result = Holder.COMPARER.check(loaded.articles(), sources);
    for (var p : result.problems()) {
      err.println("sasil: " + p.describe());
    }
    err.flush();
    return new CrossCheck(loaded, sources, result.findings(), result.problems());
  }
}
