package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.testing.Articles;
import org.junit.jupiter.api.Test;

class CompactorTest {

  private static final String TEXT = "가람시는 12일 시내버스 요금을 1400원으로 올린다고 밝혔다. 나래시도 요금을 1400원으로 올린다. "
      + "두 도시의 버스 회사는 각각 12곳이다.";

  @Test
  void aCompactedExtractionEqualsWhatWasRead() {
    Extraction read = ClaimExtractor.standard().extract(Articles.of("t", "2031-05-20", TEXT));
    assertThat(read.claims()).isNotEmpty();
    assertThat(new Compactor().compact(read)).isEqualTo(read);
  }

  @Test
  void aClaimAndTheFigureItWasReadFromShareOneSpanAndArticlesShareTheirWords() {
    Compactor compactor = new Compactor();
    Extraction first = compactor.compact(ClaimExtractor.standard().extract(Articles.of("a", "2031-05-20", TEXT)));
    Extraction second = compactor.compact(ClaimExtractor.standard().extract(Articles.of("b", "2031-05-20", TEXT)));
    ExtractedClaim claim = first.claims().get(0);
    FigureMention figure = first.figures().stream()
        .filter(f -> f.evidence().equals(claim.claim().evidence())).findFirst().orElseThrow();
    assertThat(figure.evidence()).isSameAs(claim.claim().evidence());
    assertThat(second.claims().get(0).claim().attribute()).isSameAs(claim.claim().attribute());
    assertThat(second.claims().get(0).claim().evidence()).as("spans are an article's own")
        .isNotSameAs(claim.claim().evidence());
  }
}
