package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import dev.sasil.factcheck.entity.LearntNames;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.PendingDerivation;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.testing.Articles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The steps of {@link CrossChecker#check} run apart, as a cluster runs them (articles extracted one
 * by one with the names of all, claims checked per partition key in any order, then merged), give
 * what the check gives: the invented articles of {@code fixtures/nova.jsonl} and the seeds.
 */
class CrossCheckerStepsTest {

  @Test
  void stepsRunApartGiveTheFindingsOfTheCheck() throws URISyntaxException {
    assertStepsGiveTheCheck(Articles.read(nova()));
  }

  @Test
  void stepsRunApartGiveTheFindingsOfTheCheckOnTheSeeds() {
    assertStepsGiveTheCheck(Articles.read(TestData.examples().resolve("seeds.jsonl")));
  }

  private static Path nova() throws URISyntaxException {
    return Path.of(CrossCheckerStepsTest.class.getResource("/dev/sasil/factcheck/fixtures/nova.jsonl").toURI());
  }

  private static void assertStepsGiveTheCheck(List<Article> articles) {
    ClaimExtractor extractor = ClaimExtractor.standard();
    CrossChecker checker = CrossChecker.standard();
    SourceGroups sources = SourceGroups.find(articles);

    LearntNames learnt = Articles.learntNames(extractor, articles);
    List<ExtractedClaim> claims = new ArrayList<>();
    List<PendingDerivation> pending = new ArrayList<>();
    List<FigureMention> figures = new ArrayList<>();
    for (Article a : articles) {
      Extraction e = extractor.extract(a, learnt);
      claims.addAll(e.claims());
      pending.addAll(e.pending());
      figures.addAll(e.figures());
    }

    List<ExtractedClaim> all = new ArrayList<>(claims);
    all.addAll(checker.derive(pending, claims, sources));
    Map<String, List<ExtractedClaim>> partitions = new TreeMap<>(Collections.reverseOrder());
    all.forEach(c -> partitions.computeIfAbsent(CrossChecker.partitionKey(c.claim()), k -> new ArrayList<>()).add(c));
    List<CrossChecker.KeyedFinding> keyed = new ArrayList<>();
    partitions.values().forEach(group -> keyed.addAll(checker.checkPartition(group, sources)));
    Collections.shuffle(keyed, new Random(7));

    assertThat(checker.corroborate(CrossChecker.merge(keyed), figures, sources))
        .isEqualTo(checker.check(extractor.extract(articles), sources));
  }

  @Test
  void fingerprintsFindTheCopiesTheArticlesFind() throws URISyntaxException {
    List<Article> articles = new ArrayList<>(Articles.read(nova()));
    Article a = articles.get(0);
    // the same text under another id: a copy
    articles.add(new Article("nova-copy", a.title(), a.url(), a.published(), a.text(), a.sentences(), a.language(),
        a.warnings(), a.outlet()));
    List<SourceGroups.Fingerprint> prints = articles.stream()
        .map(x -> SourceGroups.Fingerprint.of(x.id(), x.text())).toList();
    assertThat(SourceGroups.findAmong(prints).withStories(dev.sasil.factcheck.source.Stories.find(articles)))
        .isEqualTo(SourceGroups.find(articles));
    assertThat(SourceGroups.find(articles).hasCopies()).isTrue();
    assertThat(prints.get(0).copies(prints.get(prints.size() - 1))).isTrue();
    assertThat(prints.get(0).copies(prints.get(1))).isFalse();
  }
}
