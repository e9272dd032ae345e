package dev.sasil.factcheck.crosscheck;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;

/**
 * The fact-check facade: claims of every article extracted and cross-checked. Immutable and
 * thread-safe; the standard instance shares the bundled lexicons.
 */
public final class SourceComparer {

  private final ClaimExtractor extractor;
  private final CrossChecker checker;

  public SourceComparer(ClaimExtractor extractor, CrossChecker checker) {
    this.extractor = extractor;
    this.checker = checker;
  }

  public static SourceComparer standard() {
    return new SourceComparer(ClaimExtractor.standard(), CrossChecker.standard());
  }

  /** The findings of the articles, contradictions first; copies of one text count as one source. */
  public List<Finding> compare(List<Article> articles) {
    return compare(articles, SourceGroups.find(articles));
  }

  /**
   * The findings of the articles, contradictions first; the articles of one group of {@code
   * sources} count as one source ({@link SourceGroups#separate()}: every article its own).
   */
  public List<Finding> compare(List<Article> articles, SourceGroups sources) {
    return checker.check(extractor.extract(articles), sources);
  }
}
