package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import org.junit.jupiter.api.Test;

class CleanLeadTest {

  private static final CleanLead LEAD = new CleanLead(RankingParameters.DEFAULT);

  private static final String NEWS = String.join("\n",
      "부산 시내버스 요금 5년 만에 인상",
      "[지역일보=김철수 기자]",
      "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
      "부산시청 전경 [사진=부산시 제공]",
      "인상은 2019년 이후 5년 만이며 부산시는 연료비 상승을 이유로 들었다.",
      "지하철 요금은 이번 인상에서 빠졌고 내년 하반기에 따로 논의한다.",
      "시민단체는 요금 인상에 앞서 노선 개편이 먼저라고 주장하고 있다.");

  @Test
  void theLeadSkipsTheHeadlineBylineAndCaption() {
    Summary s = LEAD.summarize(Articles.of(NEWS), SummaryOptions.ofSentences(3));
    assertThat(s.sentences()).extracting(SummarySentence::text).containsExactly(
        "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
        "인상은 2019년 이후 5년 만이며 부산시는 연료비 상승을 이유로 들었다.",
        "지하철 요금은 이번 인상에서 빠졌고 내년 하반기에 따로 논의한다.");
    assertThat(s.keywords()).isEmpty();
  }

  @Test
  void aCharacterBudgetIsNeverExceeded() {
    Article a = Articles.of(NEWS);
    for (int chars : new int[] {1, 30, 40, 80, 120}) {
      int used = LEAD.summarize(a, SummaryOptions.ofChars(chars)).sentences().stream()
          .mapToInt(x -> x.text().codePointCount(0, x.text().length())).sum();
      assertThat(used).isLessThanOrEqualTo(chars);
    }
  }

  @Test
  void aShortArticleGivesWhatItHas() {
    Article a = Articles.of("부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.");
    assertThat(LEAD.summarize(a, SummaryOptions.ofSentences(3)).sentences()).hasSize(1);
    assertThat(LEAD.summarize(Articles.of(""), SummaryOptions.ofSentences(3)).sentences()).isEmpty();
  }
}
