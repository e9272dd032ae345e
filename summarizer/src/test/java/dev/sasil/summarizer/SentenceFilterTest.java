package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Published;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFilterTest {

  private static final SentenceFilter FILTER =
      SentenceFilter.standard(StopTerms.standard(), RankingParameters.DEFAULT);

  /** An article of body sentences, each given as text; morphemes are fake nouns, one per word. */
  private static Article article(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      int start = text.length();
      List<Morpheme> morphemes = new ArrayList<>();
      int offset = start;
      for (String w : s.split(" ")) {
        String core = w.replaceAll("[^가-힣A-Za-z0-9]", "");
        if (!core.isEmpty()) {
          morphemes.add(new Morpheme(core, POS.Tag.NNG, offset, offset + w.length()));
        }
        offset += w.length() + 1;
      }
      text.append(s).append('\n');
      out.add(new Sentence(out.size(), s, start, start + s.length(), SentenceKind.BODY, morphemes));
    }
    return new Article("t", "", null, Published.UNKNOWN, text.toString(), out, "kor", List.of());
  }

  private static List<Integer> indices(Article a) {
    return FILTER.candidates(a).stream().map(c -> c.sentence().index()).toList();
  }

  @Test
  void fragmentsAndLinesWithoutAnEndingAreLeftOutWhileBetterSentencesExist() {
    Article a = article(
        "반도체 공장 착공식 현장 모습과 참석자들",
        "짧은 문장.",
        "삼성전자가 평택에 새 반도체 공장을 짓기 시작했다.",
        "회사는 메모리 반도체를 이 공장에서 생산할 계획이다.”");
    assertThat(indices(a)).containsExactly(2, 3);
  }

  @Test
  void trailingSymbolsAfterTheEndingAreAccepted() {
    Article a = article("안전보건공단은 메탄올을 방역에 사용하면 안 된다고 밝혔습니다.⏎");
    assertThat(indices(a)).containsExactly(0);
  }

  @Test
  void runOnsLongerThanTheLimitAreLeftOut() {
    String runOn = "연구진은 " + "새 결과를 발표했고 ".repeat(60) + "마무리했다.";
    Article a = article(runOn, "삼성전자가 평택에 새 반도체 공장을 짓기 시작했다.");
    assertThat(indices(a)).containsExactly(1);
  }

  @Test
  void whenNothingPassesTheNonNoiseBodySentencesAreCandidates() {
    Article a = article("공장 착공", "[테크뉴스=홍길동 기자]", "짧은 글");
    assertThat(indices(a)).containsExactly(0, 2);
  }

  @Test
  void aSentenceEndingIsReadAsThePatternFindsIt() {
    java.util.regex.Pattern ending = java.util.regex.Pattern.compile("(?:[.?!。…]|[다요죠까냐음함])[^\\p{L}\\p{N}]*$");
    for (String t : List.of("발표했다.", "발표했다", "발표했다.”", "발표했다 ▶", "그렇죠?!", "끝이다…)", "3.5%", "123",
        "발표했다 2", "다음", "결과 ①", "했다\n", "", " ", "마침표. 뒤에 글", "Ⅻ", "했다\uD83D", "\uDE00다", "했음 😀")) {
      assertThat(SentenceFilter.endsSentence(t)).as(t).isEqualTo(ending.matcher(t).find());
    }
  }
}
