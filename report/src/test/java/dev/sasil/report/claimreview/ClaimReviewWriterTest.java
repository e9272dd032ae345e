package dev.sasil.report.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.report.Fixtures;
import org.junit.jupiter.api.Test;

class ClaimReviewWriterTest {

  private final JsonNode root = read();

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(new ClaimReviewWriter().write(Fixtures.small()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void oneClaimReviewPerContradictionAndAgreement() {
    assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
    JsonNode graph = root.get("@graph");
    assertThat(graph).hasSize(2);
    assertThat(graph.get(0).get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(graph.get(0).get("reviewRating").get("alternateName").asText()).isEqualTo(ClaimReviewWriter.CONFLICTING);
    assertThat(graph.get(1).get("reviewRating").get("alternateName").asText()).isEqualTo(ClaimReviewWriter.AGREE);
    assertThat(graph.get(0).get("author").get("name").asText()).isEqualTo("Sasil");
    assertThat(graph.get(0).get("claimReviewed").asText()).isEqualTo("오픈AI 설립: 2016년 (a.txt) / 2015년 (b.txt)");
    assertThat(graph.get(0).get("reviewBody").asText()).startsWith("출처마다 값이 다릅니다: 2016년 (1번 기사)");
  }

  @Test
  void itemReviewedListsEveryArticleWithUrlAndDate() {
    JsonNode item = root.get("@graph").get(0).get("itemReviewed");
    assertThat(item.get("@type").asText()).isEqualTo("Claim");
    JsonNode appearance = item.get("appearance");
    assertThat(appearance).hasSize(2);
    assertThat(appearance.get(0).get("identifier").asText()).isEqualTo("a.txt");
    assertThat(appearance.get(0).get("url").asText()).isEqualTo("https://www.example.com/news/1");
    assertThat(appearance.get(0).get("datePublished").asText()).isEqualTo("2023-12-06");
    assertThat(appearance.get(1).get("headline").asText()).isEqualTo("머스크와 오픈AI");
    assertThat(item.get("firstAppearance").get("identifier").asText()).isEqualTo("a.txt");
  }
}
