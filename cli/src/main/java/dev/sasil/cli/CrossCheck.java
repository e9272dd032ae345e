package dev.sasil.cli;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code sasil compare} computes: the inputs read into articles (problems and warnings
 * printed as {@link ArticleLoader} does) and their claims cross-checked. {@code sasil eval
 * compare} scores exactly this, so the two cannot drift apart. The comparer is created once per
 * process.
 *
 * @param loaded the articles and documents read, and whether some input failed
 * @param findings the findings, contradictions first
 */
record CrossCheck(ArticleLoader.Loaded loaded, List<Finding> findings) {

  CrossCheck {
    findings = List.copyOf(findings);
  }

  private static final class Holder {
    static final SourceComparer COMPARER = SourceComparer.standard();
  }

  /** Reads the inputs of {@code input} and cross-checks them. */
  static CrossCheck run(InputOptions input, PrintWriter err) {
    ArticleLoader.Loaded loaded = ArticleLoader.load(input, err);
    return new CrossCheck(loaded, Holder.COMPARER.compare(loaded.articles()));
  }
}
