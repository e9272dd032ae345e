package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;

/** Claims of test sentences as one line each ({@code 한빛전자 발생 2031-03-14 [local]}), and cross-checks of test articles. */
final class ClaimFacts {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

  private ClaimFacts() {}

  /** {@code subject attribute value [qualifiers]} of every claim of one article. */
  static List<String> facts(String published, String text) {
    Article a = Articles.of("t", published, text);
    return lines(EXTRACTOR.extract(a).claims().stream().map(ExtractedClaim::claim).toList());
  }

  static List<String> lines(List<Claim> claims) {
    return claims.stream()
        .map(c -> c.subject() + " " + c.attribute() + " " + c.value().normalized()
            + (c.qualifiers().isEmpty() ? "" : " " + c.qualifiers()))
        .toList();
  }

  /** The findings of several test articles. */
  static List<Finding> compare(Article... articles) {
    return CrossChecker.standard().check(EXTRACTOR.extract(List.of(articles)));
  }
}
