package dev.sasil.factcheck.crosscheck;

import dev.sasil.core.Article;
import dev.sasil.core.work.Workers;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.source.StoryDates;
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

  /** The claim extractor. */
  public ClaimExtractor extractor() {
    return extractor;
  }

  /** The cross-checker. */
  public CrossChecker checker() {
    return checker;
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
    return check(articles, sources).findings();
  }

  /**
   * The findings and the internal errors met while reading claims.
   *
   * @param findings the findings, contradictions first
   * @param problems sentences whose claims could not be read, each with its error
   */
  public record Result(List<Finding> findings, List<dev.sasil.factcheck.extract.ExtractionProblem> problems) {

    public Result {
      findings = List.copyOf(findings);
      problems = List.copyOf(problems);
    }
  }

  /** The findings of the articles and the internal errors met on the way (never swallowed). */
  public Result check(List<Article> articles, SourceGroups sources) {
    return check(articles, sources, Workers.single());
  }

  /**
   * The findings of the articles and the internal errors met on the way, their claims read on
   * {@code workers}' threads (the cross-check itself runs on the caller's): the same result
   * whatever their number.
   */
  public Result check(List<Article> articles, SourceGroups sources, Workers workers) {
    StoryDates days = StoryDates.of(articles, sources.stories());
    dev.sasil.factcheck.extract.Extraction e = extractor.extract(articles.stream().map(days::toRead).toList(), workers);
    return new Result(checker.check(e, sources), e.problems());
  }
}
