package dev.sasil.core.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sasil.core.Morpheme;
import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NoriAnalyzerTest {

  private final NoriAnalyzer nori = NoriAnalyzer.withBundledDictionary();

  @Test
  void inflectedFormsAreDecomposedIntoStemSuffixAndEndings() {
    assertThat(nori.analyze("메타가 라마2를 공개했다", 0))
        .extracting(Morpheme::surface, Morpheme::tag, Morpheme::start, Morpheme::end)
        .containsExactly(
            tuple("메타", POS.Tag.NNG, 0, 2), tuple("가", POS.Tag.JKS, 2, 3),
            tuple("라마2", POS.Tag.NNG, 4, 7), tuple("를", POS.Tag.JKO, 7, 8),
            tuple("공개", POS.Tag.NNG, 9, 11), tuple("하", POS.Tag.XSV, 11, 12), tuple("았", POS.Tag.EP, 11, 12),
            tuple("다", POS.Tag.EC, 12, 13));
    assertThat(nori.analyze("오픈AI를 세웠지만", 0))
        .extracting(Morpheme::surface, Morpheme::tag, Morpheme::start, Morpheme::end)
        .containsExactly(
            tuple("오픈AI", POS.Tag.NNG, 0, 4), tuple("를", POS.Tag.JKO, 4, 5),
            tuple("세우", POS.Tag.VV, 6, 8), tuple("었", POS.Tag.EP, 6, 8), tuple("지만", POS.Tag.EC, 8, 10));
  }

  @Test
  void offsetsAreShiftedIntoTheArticleText() {
    String article = "제목\n메타가 공개했다.";
    List<Morpheme> ms = nori.analyze(article.substring(3), 3);
    assertThat(ms.get(0)).isEqualTo(new Morpheme("메타", POS.Tag.NNG, 3, 5));
    for (Morpheme m : ms) {
      assertThat(m.start()).isGreaterThanOrEqualTo(3);
      assertThat(m.end()).isLessThanOrEqualTo(article.length());
    }
  }

  @Test
  void morphemesWrittenVerbatimHaveExactOffsetsAndFusedOnesShareTheirSyllables() {
    String text = "그는 2016년 샘 올트먼 등과 함께 비영리 재단을 세웠지만 2년 만에 회사를 떠났다. 해봤다.";
    for (Morpheme m : nori.analyze(text, 0)) {
      String written = text.substring(m.start(), m.end());
      if (written.equals(m.surface())) {
        continue;
      }
      // a fused morpheme: its span is whole syllables of one word, not crossing a space
      assertThat(written).as(m.toString()).isNotBlank().doesNotContain(" ");
      assertThat(m.end()).isGreaterThan(m.start());
    }
  }

  @Test
  void domainWordsOfTheUserDictionaryStayWhole() throws Exception {
    for (String word : userDictionaryWords()) {
      List<Morpheme> ms = nori.analyze(word + "는 새 모델을 공개했다", 0);
      assertThat(ms.get(0)).as(word).isEqualTo(new Morpheme(word, POS.Tag.NNG, 0, word.length()));
    }
    assertThat(nori.analyze("xAI의 그록과 챗GPT", 0)).extracting(Morpheme::surface)
        .containsExactly("xAI", "의", "그록", "과", "챗GPT");
  }

  @Test
  void aNounsSuffixChiStaysASuffixWhereNoParticleFollowsIt() {
    assertThat(nori.analyze("성장률(잠정치·전 분기 대비)", 0)).extracting(Morpheme::surface, Morpheme::tag)
        .contains(tuple("잠정", POS.Tag.NNG), tuple("치", POS.Tag.XSN))
        .doesNotContain(tuple("지", POS.Tag.EC));
    // before a negation 치 is the contraction of 하지: 예상하지 못한
    assertThat(nori.analyze("예상치 못한 결과", 0)).extracting(Morpheme::surface).contains("하", "지");
  }

  @Test
  void theUserDictionaryDoesNotChangeOrdinaryText() {
    NoriAnalyzer plain = NoriAnalyzer.withoutUserDictionary();
    for (String s : List.of(
        "드라마를 보다가 잠들었다.", "파이프라인을 점검했다.", "그로부터 소식이 없다.", "사원들이 출근했다.",
        "나이가 많다.", "생성형 인공지능이 확산됐다.", "리스트를 정리했다.")) {
      assertThat(nori.analyze(s, 0)).as(s).isEqualTo(plain.analyze(s, 0));
    }
  }

  @Test
  void theUserDictionaryDoesNotChangeUdSentences() throws Exception {
    Path kaist = TestData.sharedFile("eval/ud/kaist/ko_kaist-ud-test.conllu");
    NoriAnalyzer plain = NoriAnalyzer.withoutUserDictionary();
    int checked = 0;
    for (String line : Files.readAllLines(kaist, StandardCharsets.UTF_8)) {
      if (line.startsWith("# text = ")) {
        String s = line.substring("# text = ".length());
        assertThat(nori.analyze(s, 0)).as(s).isEqualTo(plain.analyze(s, 0));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(2000);
  }

  @Test
  void analyzersShareOneUserDictionaryInstance() {
    NoriAnalyzer other = NoriAnalyzer.withBundledDictionary();
    assertThat(other.userDictionary()).isNotNull().isSameAs(nori.userDictionary());
    assertThat(NoriDictionaries.bundledUserDictionary()).isSameAs(nori.userDictionary());
  }

  @Test
  void oneAnalyzerServesManyThreadsWithTheSameResults() throws Exception {
    List<String> sentences = List.of(
        "메타가 라마2를 공개했다.", "오픈AI를 세웠지만 2년 만에 떠났다.", "챗GPT와 그록을 비교했다.",
        "앤트로픽은 클로드 3.5 소네트를 공개했다.", "하이퍼클로바X와 엑사원이 경쟁한다.");
    List<List<Morpheme>> expected = sentences.stream().map(s -> nori.analyze(s, 0)).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 50; round++) {
            for (int i = 0; i < sentences.size(); i++) {
              if (!nori.analyze(sentences.get(i), 0).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyTextHasNoMorphemes() {
    assertThat(nori.analyze("", 0)).isEmpty();
    assertThat(nori.analyze(null, 5)).isEmpty();
    assertThat(nori.analyze(" .,!? ", 0)).isEmpty();
  }

  @Test
  void randomTextNeverThrowsAndOffsetsStayInside() {
    String pool = "가나다라마했세웠지만공개오픈AI챗GPT라마2 .,?!\"“”'()\n\t\u0000\u0007\u200B\uFEFF😀🇰🇷abcXYZ0123456789ㄱㅏ漢字ア";
    Random random = new Random(7);
    for (int round = 0; round < 1000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String text = sb.toString();
      int offset = random.nextInt(100);
      for (Morpheme m : nori.analyze(text, offset)) {
        assertThat(m.start()).isGreaterThanOrEqualTo(offset);
        assertThat(m.end()).isLessThanOrEqualTo(offset + text.length());
      }
    }
  }

  private static List<String> userDictionaryWords() {
    List<String> words = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(NoriAnalyzer.class, NoriDictionaries.USER_DICT)) {
      words.add(line.text().strip().split("\\s+")[0]);
    }
    assertThat(words).contains("라마2", "챗GPT", "오픈AI", "하이퍼클로바X", "엑사원", "그록", "제미나이", "앤트로픽", "딥시크");
    return words;
  }
}
