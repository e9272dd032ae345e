package dev.sasil.factcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import java.util.List;

/**
 * Fuzz test of claim extraction (issue 14): no sentence fails inside the extractor (which would be
 * reported as an internal error), and every claim's evidence is the text at its offsets.
 */
class ClaimExtractionFuzzTest {

  private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

  @FuzzTest(maxDuration = "30m")
  void claimsPointAtTheirTextAndNoSentenceFails(FuzzedDataProvider data) {
    Published date = Published.of(PartialDate.ofDay(2024, 3, 13), DateSource.OPTION);
    String text = data.consumeRemainingAsString();
    Article article = PIPELINE.process(new RawDocument("fuzz", "fuzz", null, null, date, text, false));
    Extraction extraction = ClaimExtractor.standard().extract(List.of(article));
    assertThat(extraction.problems()).isEmpty();
    for (ExtractedClaim c : extraction.claims()) {
      Evidence e = c.claim().evidence();
      assertThat(e.end()).isLessThanOrEqualTo(article.text().length());
      assertThat(article.text().substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }
}
