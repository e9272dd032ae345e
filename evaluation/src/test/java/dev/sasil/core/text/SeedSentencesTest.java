package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import dev.sasil.core.text.eval.BoundaryScore;
import dev.sasil.core.text.eval.GoldText;
import dev.sasil.core.text.eval.GoldTexts;
import dev.sasil.core.text.eval.SentenceBoundaryEvaluator;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on the five seed articles against the hand-checked fixture. */
class SeedSentencesTest {

  private static List<Path> fixtures() throws Exception {
    Path dir = fixtureDir();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path fixtureDir() throws URISyntaxException {
    return Path.of(SeedSentencesTest.class.getResource("seeds-sentences").toURI());
  }

  @Test
  void everySeedHasAFixture() throws Exception {
    assertThat(fixtures()).hasSize(5);
  }

  @Test
  void segmenterFindsTheGoldBoundariesOfEverySeed() throws Exception {
    SentenceBoundaryEvaluator evaluator = new SentenceBoundaryEvaluator(new KoreanSentenceSegmenter());
    BoundaryScore total = BoundaryScore.ZERO;
    for (Path fixture : fixtures()) {
      BoundaryScore score = evaluator.score(GoldTexts.read(fixture));
      assertThat(score.f1()).as(fixture.getFileName() + ": " + score.summary()).isGreaterThanOrEqualTo(0.97);
      total = total.plus(score);
    }
    assertThat(total.f1()).as(total.summary()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void headlinesSubtitlesAndSectionHeadsOfTheSeedsAreHeadingsAndNothingElse() throws Exception {
    List<String> expected = List.of(
        "◇‘패쇄형’ 오픈AI에 맞선 ‘개방형 AI’",
        "◇“폐쇄성 싫다”며 오픈AI 떠났던 머스크",
        "오픈AI·구글, LLM 폐쇄적 전략·기술 정보 비공개",
        "메타·알리바바, 오픈소스로 이용자 유치·생태계 활성화",
        "힘들여 개발한 LLM, 개방하기 쉽지 않아",
        "선두주자 넘을 ‘오픈소스’ 전략 통할까",
        "오픈AI 압박 수위 올리는 일론 머스크, ‘그록’ 오픈소스 공개 의도는?",
        "일론 머스크, xAI 챗봇 '그록' 소스 공개하겠다",
        "\"인류 이익 생각하라\"던 오픈AI 고소, '그록' 홍보 전략이었나",
        "올트먼 vs 머스크, AI 분야 장악 위한 대리전으로 격화",
        "일론 머스크 “그록, 이번 주 오픈소스화” 발표",
        "그록 상업화 염두에 뒀나, 오픈소스화로 ‘여론전’",
        "■ 메타, 인공지능 라마2 오픈소스 공개",
        "■ AI 생태계에 끼칠 영향",
        "■ 향후 어떤 일이 생겨날까?",
        "AI 모델 1등만 살아남는다② [AI 패권 전쟁]");
    KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();
    List<String> headings = new java.util.ArrayList<>();
    for (Path fixture : fixtures()) {
      for (dev.sasil.core.Sentence s : segmenter.segment(GoldTexts.read(fixture).get(0).text())) {
        if (s.kind() == dev.sasil.core.SentenceKind.HEADING) {
          headings.add(s.text());
        }
      }
    }
    assertThat(headings).containsExactlyElementsOf(expected);
  }

  /**
   * The fixture is the seed text as the cleaner leaves it: the cleaned text has the same visible
   * characters, and its sentences end where the fixture's do (compared by the count of visible
   * characters before each end, so white space may differ). If the cleaner changes what it keeps,
   * this fails: re-check the fixture.
   */
  @Test
  void theCleanedSeedsAreTheFixtureTextAndSegmentLikeIt() throws Exception {
    KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();
    dev.sasil.core.clean.Cleaner cleaner = dev.sasil.core.clean.BoilerplateCleaner.standard();
    BoundaryScore total = BoundaryScore.ZERO;
    for (Path fixture : fixtures()) {
      String raw = Files.readString(TestData.examples().resolve(fixture.getFileName().toString()), StandardCharsets.UTF_8);
      String cleaned = cleaner.clean(raw).text();
      GoldText gold = GoldTexts.read(fixture).get(0);
      assertThat(visible(cleaned, cleaned.length())).as(fixture.getFileName().toString())
          .isEqualTo(visible(gold.text(), gold.text().length()));
      java.util.Set<Integer> goldEnds = new java.util.HashSet<>();
      for (int b : gold.boundaries()) {
        goldEnds.add(visible(gold.text(), b).length());
      }
      List<dev.sasil.core.Sentence> sentences = segmenter.segment(cleaned);
      int correct = 0;
      for (int i = 0; i < sentences.size() - 1; i++) {
        if (goldEnds.contains(visible(cleaned, sentences.get(i).end()).length())) {
          correct++;
        }
      }
      total = total.plus(new BoundaryScore(goldEnds.size(), Math.max(0, sentences.size() - 1), correct));
    }
    assertThat(total.f1()).as(total.summary()).isGreaterThanOrEqualTo(0.98);
  }

  private static String visible(String text, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        sb.append(text.charAt(i));
      }
    }
    return sb.toString();
  }

  @Test
  void everyGoldSentenceIsTextOfItsSeedArticle() throws Exception {
    for (Path fixture : fixtures()) {
      Path seed = TestData.examples().resolve(fixture.getFileName().toString());
      String article = Files.readString(seed, StandardCharsets.UTF_8);
      GoldText gold = GoldTexts.read(fixture).get(0);
      for (String line : gold.text().split("\n")) {
        assertThat(article).as(fixture.getFileName().toString()).contains(line);
      }
    }
  }
}
