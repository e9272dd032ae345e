package dev.sasil.factcheck;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.testing.Growth;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 5: {@code sasil compare} on long text without punctuation grew quadratically
 * ({@code "1조2억3천만원 "} × 8,000: 11.5 s; 346 KB of random Hangul words: 65.8 s). Each case runs
 * the whole of compare after reading: the article pipeline (Nori included), copy detection, claim
 * extraction and the cross-check, on two articles of {@code n} and then {@code 4n} words. Since
 * sentences are at most {@code KoreanSentenceSegmenter.MAX_SENTENCE} characters long, work that
 * grows with the square of one sentence (the extractor looks around each figure in its sentence)
 * stays linear in the text.
 */
class LongTextGrowthTest {

  private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
  private static final SourceComparer COMPARER = SourceComparer.standard();

  private static List<Article> articles(IntFunction<String> text, int words) {
    Published date = Published.of(PartialDate.ofDay(2024, 3, 13), DateSource.OPTION);
    return List.of(
        PIPELINE.process(new RawDocument("a", "a", null, null, date, text.apply(words), false)),
        PIPELINE.process(new RawDocument("b", "b", null, null, date, text.apply(words + 7), false)));
  }

  private static void compare(List<Article> articles) {
    COMPARER.check(articles, SourceGroups.find(articles));
  }

  private static String randomHangul(int words) {
    Random random = new Random(words);
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      int len = 1 + random.nextInt(4);
      for (int c = 0; c < len; c++) {
        sb.append((char) ('가' + random.nextInt(11172)));
      }
      sb.append(' ');
    }
    return sb.toString();
  }

  private static String amounts(int words) {
    return "1조2억3천만원 ".repeat(words);
  }

  /** Words of made-up news sentences, their punctuation taken out. */
  private static String newsWords(int words) {
    String[] pieces = ("한빛전자는 지난 2월 새 칩을 공개했다 매출은 지난해보다 12% 늘어난 3조4000억원이었다 "
        + "시청은 오전 10시 30분께 화재가 발생했다고 밝혔다 직원 120명이 대피했다 회사는 2019년 설립됐다").split(" ");
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      sb.append(pieces[w % pieces.length]).append(' ');
    }
    return sb.toString();
  }

  @Test
  void randomHangulWords() {
    Growth.assertLinear("compare, random Hangul", 12_000, n -> articles(LongTextGrowthTest::randomHangul, n),
        LongTextGrowthTest::compare);
  }

  @Test
  void amountsWithoutPunctuation() {
    Growth.assertLinear("compare, amounts", 1_500, n -> articles(LongTextGrowthTest::amounts, n),
        LongTextGrowthTest::compare);
  }

  @Test
  void newsWordsWithoutPunctuation() {
    Growth.assertLinear("compare, news words", 1_500, n -> articles(LongTextGrowthTest::newsWords, n),
        LongTextGrowthTest::compare);
  }
}
