package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three invented articles ({@code fixtures/nova.jsonl}, see the README beside it). */
class OwnFixturesTest {

  private static List<Article> articles;
  private static List<Finding> findings;

  @BeforeAll
  static void compare() throws URISyntaxException {
    Path p = Path.of(OwnFixturesTest.class.getResource("/dev/sasil/factcheck/fixtures/nova.jsonl").toURI());
    articles = Articles.read(p);
    findings = SourceComparer.standard().compare(articles);
  }

  private static Finding finding(String subject, String attribute) {
    return findings.stream().filter(f -> f.subject().equals(subject) && f.attribute().equals(attribute))
        .findFirst().orElseThrow(() -> new AssertionError("no finding " + subject + " " + attribute + " in " + findings));
  }

  @Test
  void differentFoundingYearsContradict() {
    Finding f = finding("노바랩스", "founded");
    assertThat(f.verdict()).isEqualTo(Verdict.CONTRADICTION);
    assertThat(f.explanation()).contains("years differ");
  }

  @Test
  void differentRelativeExpressionsOfOneMonthAgree() {
    Finding f = finding("노바챗", "released");
    assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(f.articleIds()).containsExactly("nova-a", "nova-b", "nova-c");
    assertThat(f.claims()).allSatisfy(c -> assertThat(c.value().normalized()).isEqualTo("2024-03"));
  }

  @Test
  void aLowerBoundAgreesWithALargerCount() {
    assertThat(finding("노바챗", "users.monthly").verdict()).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void aDurationCountsFromTheEventOfItsSentence() {
    Finding f = finding("박민수", "left");
    assertThat(f.claims().get(0).value().normalized()).isEqualTo("2022");
    assertThat(f.qualifiers()).containsExactly("from=노바랩스");
  }

  @Test
  void aMarketForecastIsNeverComparedWithARaise() {
    assertThat(findings).noneMatch(f -> f.verdict() == Verdict.CONTRADICTION && f.attribute().contains("amount"));
    assertThat(findings).noneMatch(f -> f.attribute().equals("market.size") && f.verdict() != Verdict.SINGLE_SOURCE);
  }

  @Test
  void oneArticleAloneIsAllSingleSource() {
    List<Finding> alone = SourceComparer.standard().compare(List.of(articles.get(0)));
    assertThat(alone).isNotEmpty();
    assertThat(alone).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
  }
}
