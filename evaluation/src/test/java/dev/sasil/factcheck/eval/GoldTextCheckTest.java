package dev.sasil.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldTextCheckTest {

  private static final GoldFindings GOLD = GoldFindingsReader.parse("""
      {"agreements": [{"id": "R-ag1", "about": "bridge opened",
                       "evidence": [{"article": "r1", "contains": "새 다리가 6월에"},
                                    {"article": "r2", "contains": "다리 개통은 6월"}]}],
       "not_contradictions": [{"id": "R-n1", "about": "old bridge",
                               "evidence": [{"article": "r3", "contains": "옛 다리"}]}]}""");

  @Test
  void everyCitedTextFoundWhitespaceAsideGivesNothing() {
    List<GoldTextCheck.ArticleText> texts = List.of(
        new GoldTextCheck.ArticleText("r1", "강 위의 새 다리가\n6월에 문을 연다."),
        new GoldTextCheck.ArticleText("r2", "다리 개통은 6월이다."),
        new GoldTextCheck.ArticleText("r3", "옛다리는 그대로 둔다."));
    assertThat(GoldTextCheck.missing(GOLD, texts)).isEmpty();
  }

  @Test
  void aStringNotInItsArticleAndAnArticleNotInTheCorpusAreEachReported() {
    List<GoldTextCheck.ArticleText> texts = List.of(
        new GoldTextCheck.ArticleText("r1", "강 위의 새 다리가 7월에 문을 연다."),
        new GoldTextCheck.ArticleText("r2", "다리 개통은 6월이다."));
    assertThat(GoldTextCheck.missing(GOLD, texts)).extracting(GoldTextCheck.Missing::message).containsExactly(
        "R-ag1 r1: \"새 다리가 6월에\" is not in the article's text",
        "R-n1 r3: no article with this id in the corpus");
  }

  @Test
  void aStringInAnotherArticleDoesNotCount() {
    List<GoldTextCheck.ArticleText> texts = List.of(
        new GoldTextCheck.ArticleText("r1", "다리 개통은 6월이다."),
        new GoldTextCheck.ArticleText("r2", "새 다리가 6월에 문을 연다. 다리 개통은 6월이다."),
        new GoldTextCheck.ArticleText("r3", "옛 다리"));
    assertThat(GoldTextCheck.missing(GOLD, texts)).singleElement()
        .satisfies(m -> assertThat(m.evidence().article()).isEqualTo("r1"));
  }
}
