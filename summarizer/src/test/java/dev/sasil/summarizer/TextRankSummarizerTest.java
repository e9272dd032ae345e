package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.testing.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextRankSummarizerTest {

  private static final TextRankSummarizer SUMMARIZER = TextRankSummarizer.standard();

  /** Eight body sentences about one story, with a headline, a byline and a doubled caption. */
  private static final String NEWS = String.join("\n",
      "삼성전자, 차세대 반도체 공장 착공",
      "[테크뉴스=홍길동 기자]",
      "삼성전자가 경기도 평택에 차세대 반도체 공장을 짓기 시작했다고 3일 밝혔다.",
      "새 공장에는 2030년까지 모두 30조원이 투입될 예정이다.",
      "삼성전자 반도체 공장 착공식 모습 [사진=삼성전자 제공]",
      "삼성전자 반도체 공장 착공식 모습 [사진=삼성전자 제공]",
      "회사는 이 공장에서 인공지능 서버용 고대역폭 메모리를 주로 생산할 계획이라고 설명했다.",
      "업계에서는 삼성전자의 이번 투자가 메모리 반도체 시장의 경쟁 구도를 바꿀 것으로 보고 있다.",
      "경쟁사인 SK하이닉스도 지난달 청주에 새 메모리 공장을 짓겠다고 발표했다.",
      "전문가들은 인공지능 반도체 수요가 당분간 빠르게 늘어날 것으로 내다봤다.",
      "정부는 반도체 공장 인허가 절차를 줄이는 특별법을 추진하고 있다.",
      "삼성전자는 평택 공장이 완공되면 메모리 생산 능력이 두 배로 늘어난다고 밝혔다.",
      "저작권자 © 테크뉴스 무단전재 및 재배포 금지");

  @Test
  void emptyArticleHasAnEmptySummary() {
    Summary s = SUMMARIZER.summarize(Articles.of(""), SummaryOptions.DEFAULT);
    assertThat(s.sentences()).isEmpty();
    assertThat(s.keywords()).isEmpty();
    assertThat(s.articleId()).isEqualTo("test.txt");
  }

  @Test
  void oneSentenceArticleReturnsThatSentence() {
    Article a = Articles.of("삼성전자가 경기도 평택에 차세대 반도체 공장을 짓기 시작했다고 3일 밝혔다.");
    Summary s = SUMMARIZER.summarize(a, SummaryOptions.DEFAULT);
    assertThat(s.sentences()).extracting(SummarySentence::index).containsExactly(0);
    assertThat(s.sentences().get(0).text()).isEqualTo(a.sentences().get(0).text());
  }

  @Test
  void twoSentenceArticleReturnsBothWhenThreeAreAsked() {
    Article a = Articles.of("삼성전자가 평택에 반도체 공장을 짓기 시작했다. 새 공장에는 2030년까지 30조원이 투입될 예정이다.");
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.ofSentences(3)).sentences())
        .extracting(SummarySentence::index).containsExactly(0, 1);
  }

  @Test
  void shortFragmentsAreReturnedWhenTheyAreAllTheArticleHas() {
    Article a = Articles.of("공장 착공.");
    assertThat(a.bodySentences()).hasSize(1);
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.DEFAULT).sentences()).hasSize(1);
  }

  @Test
  void articleWithOnlyAHeadlineHasNoSummary() {
    Article a = Articles.of("삼성전자, 차세대 반도체 공장 착공\n");
    assertThat(a.sentences()).isNotEmpty().allMatch(x -> x.kind() == SentenceKind.HEADING);
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.DEFAULT).sentences()).isEmpty();
  }

  @Test
  void duplicateSentencesAreNeverBothChosen() {
    String dup = "삼성전자가 경기도 평택에 차세대 반도체 공장을 짓기 시작했다고 3일 밝혔다.";
    Article a = Articles.of(String.join(" ", dup, "새 공장에는 2030년까지 모두 30조원이 투입될 예정이다.", dup,
        "회사는 이 공장에서 인공지능 서버용 메모리를 생산할 계획이라고 설명했다.", dup));
    for (int n = 1; n <= 5; n++) {
      List<String> texts = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(n)).sentences().stream()
          .map(SummarySentence::text).toList();
      assertThat(texts).doesNotHaveDuplicates();
    }
  }

  @Test
  void nearDuplicatesDifferingInOneWordAreNotBothChosen() {
    Article a = Articles.of(String.join(" ",
        "삼성전자가 경기도 평택에 차세대 반도체 공장을 짓기 시작했다고 3일 밝혔다.",
        "새 공장에는 2030년까지 모두 30조원이 투입될 예정이다.",
        "삼성전자가 경기도 평택에 차세대 반도체 공장을 짓기 시작했다고 4일 밝혔다.",
        "회사는 이 공장에서 인공지능 서버용 메모리를 생산할 계획이라고 설명했다."));
    List<Integer> idx = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(4)).sentences().stream()
        .map(SummarySentence::index).toList();
    assertThat(idx.contains(0) && idx.contains(2)).as("both near-duplicates chosen: %s", idx).isFalse();
  }

  @Test
  void headlinesBylinesCaptionsAndCopyrightAreNeverChosen() {
    Article a = Articles.of(NEWS);
    Summary s = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(20));
    assertThat(s.sentences()).isNotEmpty();
    assertThat(s.sentences()).extracting(SummarySentence::text).noneMatch(t -> t.contains("기자]")
        || t.contains("[사진=") || t.contains("저작권자") || t.equals("삼성전자, 차세대 반도체 공장 착공"));
  }

  @Test
  void theLeadIsKeptAndTheClosingSentenceLeftOut() {
    Summary s = SUMMARIZER.summarize(Articles.of(NEWS), SummaryOptions.ofSentences(3));
    assertThat(s.sentences()).extracting(SummarySentence::text)
        .contains("삼성전자가 경기도 평택에 차세대 반도체 공장을 짓기 시작했다고 3일 밝혔다.")
        .doesNotContain("삼성전자는 평택 공장이 완공되면 메모리 생산 능력이 두 배로 늘어난다고 밝혔다.");
  }

  @Test
  void sentencesComeInArticleOrderWithTheirIndexAndText() {
    Article a = Articles.of(NEWS);
    Summary s = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(4));
    assertThat(s.sentences()).hasSize(4);
    assertThat(s.sentences()).extracting(SummarySentence::index).isSorted();
    for (SummarySentence ss : s.sentences()) {
      Sentence original = a.sentences().get(ss.index());
      assertThat(ss.text()).isEqualTo(original.text());
      assertThat(ss.score()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void keywordsAreDistinctContentPhrasesByScore() {
    Summary s = SUMMARIZER.summarize(Articles.of(NEWS), SummaryOptions.DEFAULT);
    assertThat(s.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(RankingParameters.DEFAULT.keywordCount());
    assertThat(s.keywords()).extracting(Keyword::text).doesNotHaveDuplicates().contains("반도체");
    assertThat(s.keywords()).extracting(Keyword::score)
        .isSortedAccordingTo((x, y) -> Double.compare(y, x));
    assertThat(s.keywords().get(0).score()).isEqualTo(1.0);
    assertThat(s.keywords()).extracting(Keyword::text).noneMatch(t -> t.equals("것") || t.equals("수"));
  }

  @Test
  void phrasesWrittenTogetherStayWhole() {
    Article a = Articles.of(String.join(" ",
        "지카바이러스가 남성의 생식능력도 저하시킬 수 있다는 실험 결과가 나왔다.",
        "연구진은 지카바이러스에 감염된 쥐의 고환이 작아졌다고 밝혔다.",
        "지카바이러스는 태아에게 소두증을 일으킨다고 알려져 있다."));
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.DEFAULT).keywords())
        .extracting(Keyword::text).contains("지카바이러스").doesNotContain("지카", "바이러스");
  }

  @Test
  void veryLongArticleOfFiveHundredSentencesIsSummarized() {
    Random random = new Random(6);
    String[] words = {"반도체", "공장", "투자", "메모리", "인공지능", "정부", "수출", "기업", "시장", "연구",
        "기술", "서버", "생산", "계획", "규제", "경쟁", "가격", "수요", "전문가", "평택"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      for (int w = 0; w < 6; w++) {
        b.append(words[random.nextInt(words.length)]).append(w % 2 == 0 ? "이 " : "을 ");
      }
      b.append("늘렸다고 밝혔다. ");
    }
    Article a = Articles.of(b.toString());
    assertThat(a.sentences()).hasSize(500);
    Summary s = SUMMARIZER.summarize(a, SummaryOptions.DEFAULT);
    assertThat(s.sentences()).hasSize(3);
  }

  @Test
  void charBudgetIsNeverExceeded() throws Exception {
    List<Article> articles = new ArrayList<>(seeds());
    articles.add(Articles.of(NEWS));
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      Article a = articles.get(random.nextInt(articles.size()));
      int budget = 1 + random.nextInt(round % 3 == 0 ? 60 : 800);
      Summary s = SUMMARIZER.summarize(a, SummaryOptions.ofChars(budget));
      int used = s.sentences().stream().mapToInt(x -> x.text().codePointCount(0, x.text().length())).sum();
      assertThat(used).as("article %s, budget %d", a.id(), budget).isLessThanOrEqualTo(budget);
    }
  }

  @Test
  void charBudgetTakesTheBestSentenceThatFitsWhenTheBestIsTooLong() {
    Article a = Articles.of(NEWS);
    int shortest = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(20)).sentences().stream()
        .mapToInt(x -> x.text().length()).min().orElseThrow();
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.ofChars(shortest)).sentences()).hasSize(1);
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.ofChars(shortest - 1)).sentences()).isEmpty();
  }

  @Test
  void ratioChoosesItsShareOfTheBodySentences() {
    Article a = Articles.of(NEWS);
    int body = a.bodySentences().size();
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.ofRatio(0.01)).sentences()).hasSize(1);
    assertThat(SUMMARIZER.summarize(a, SummaryOptions.ofRatio(0.25)).sentences())
        .hasSize(LengthBudget.ratioCount(0.25, body));
  }

  @Test
  void outputIsDeterministicAcrossCallsAndInstances() throws Exception {
    for (Article a : seeds()) {
      Summary first = SUMMARIZER.summarize(a, SummaryOptions.DEFAULT);
      assertThat(SUMMARIZER.summarize(a, SummaryOptions.DEFAULT)).isEqualTo(first);
      assertThat(TextRankSummarizer.standard().summarize(a, SummaryOptions.DEFAULT)).isEqualTo(first);
    }
  }

  @Test
  void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
    List<Article> articles = seeds();
    List<Summary> expected = articles.stream().map(a -> SUMMARIZER.summarize(a, SummaryOptions.DEFAULT)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < articles.size(); i++) {
            if (!SUMMARIZER.summarize(articles.get(i), SummaryOptions.DEFAULT).equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void seedSummariesHaveNoBylineCaptionOrBoilerplate() throws Exception {
    NoiseLines noise = NoiseLines.standard();
    for (Article a : seeds()) {
      Summary s = SUMMARIZER.summarize(a, SummaryOptions.DEFAULT);
      assertThat(s.sentences()).as(a.id()).hasSize(3);
      for (SummarySentence ss : s.sentences()) {
        assertThat(a.sentences().get(ss.index()).kind()).isEqualTo(SentenceKind.BODY);
        assertThat(noise.isNoise(ss.text())).as(ss.text()).isFalse();
        assertThat(ss.text()).doesNotContain("[사진", "기자]", "회원가입", "저작권", "무단전재", "댓글");
      }
    }
  }

  @Test
  void randomMessyTextNeverThrows() {
    Random random = new Random(7);
    String alphabet = "가나다라마바사아자차카타파하 .!?\n\"“”‘’()[]=@ⓒ0123456789abcXYZ😀\t다요";
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      Article a = Articles.of(b.toString());
      SummaryOptions o = switch (round % 3) {
        case 0 -> SummaryOptions.ofSentences(1 + random.nextInt(5));
        case 1 -> SummaryOptions.ofChars(1 + random.nextInt(200));
        default -> SummaryOptions.ofRatio(0.1 + 0.9 * random.nextDouble());
      };
      Summary s = SUMMARIZER.summarize(a, o);
      assertThat(s.sentences()).extracting(SummarySentence::index).isSorted();
    }
  }

  private static List<Article> seeds() {
    List<Article> out = new ArrayList<>();
    for (RawDocument d : new DocumentReader().read(List.of(TestData.examples().resolve("seeds.jsonl").toString()))
        .documents()) {
      out.add(Articles.pipeline().process(d));
    }
    assertThat(out).hasSize(5);
    return out;
  }

  /** A short report: the lead, two facts, a reaction quote placed second, and a closing outlook. */
  private static final String SHORT_REPORT = String.join("\n",
      "전주시가 다음 달 1일부터 시내버스 첫차를 오전 5시로 30분 앞당긴다고 12일 밝혔다.",
      "한 시민은 “새벽에 출근하는 사람들에게는 정말 반가운 소식”이라며 “막차도 늦춰 주면 좋겠다”고 말했다.",
      "첫차가 앞당겨지는 노선은 모두 42개로 전체 노선의 절반이 넘는다.",
      "전주시는 이를 위해 운전기사 25명을 새로 뽑았다.",
      "전주시는 앞으로 이용객 반응을 살펴 막차 시간 조정도 검토할 계획이다.");

  @Test
  void aShortReportIsRankedByTheSelectionModelWhichKeepsFactsOverAReaction() {
    Article a = Articles.of(SHORT_REPORT);
    assertThat(SUMMARIZER.features(a)).hasSize(5)
        .allSatisfy(row -> assertThat(row.values()).hasSize(SentenceFeature.COUNT));
    Summary s = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(3));
    assertThat(s.sentences()).extracting(SummarySentence::text)
        .contains("전주시가 다음 달 1일부터 시내버스 첫차를 오전 5시로 30분 앞당긴다고 12일 밝혔다.")
        .noneMatch(t -> t.startsWith("한 시민은"));
  }

  @Test
  void withoutTheModelTheSameReportIsRankedByTheGraphAndStillGetsItsLead() {
    TextRankSummarizer graph = new TextRankSummarizer(RankingParameters.DEFAULT.with(Map.of("modelSentences", "0")));
    Summary s = graph.summarize(Articles.of(SHORT_REPORT), SummaryOptions.ofSentences(2));
    assertThat(s.sentences()).hasSize(2).extracting(SummarySentence::text)
        .contains("전주시가 다음 달 1일부터 시내버스 첫차를 오전 5시로 30분 앞당긴다고 12일 밝혔다.");
  }

  @Test
  void aLongReportDenseWithFiguresIsRankedByTheModelTooAndALongEssayIsNot() {
    StringBuilder report = new StringBuilder("목포시가 올해 관광객 수가 520만 명으로 지난해보다 12% 늘었다고 9일 밝혔다.\n");
    StringBuilder essay = new StringBuilder("바다를 곁에 둔 도시는 저마다 다른 방식으로 손님을 맞는다.\n");
    String[] places = {"시장", "골목", "부두", "언덕", "성당", "서점", "식당", "공원", "다리", "등대", "정류장", "극장"};
    for (int i = 0; i < places.length; i++) {
      report.append(places[i]).append(" 방문객은 ").append((i + 1) * 7).append("만 명으로 집계됐다.\n");
      essay.append(places[i]).append("에 가면 오래된 이야기와 음식이 손님을 붙잡는다.\n");
    }
    RankingParameters always = RankingParameters.DEFAULT.with(Map.of("modelSentences", "1000"));
    RankingParameters never = RankingParameters.DEFAULT.with(Map.of("modelSentences", "0", "modelFigureShare", "0"));
    Article dense = Articles.of(report.toString());
    assertThat(SUMMARIZER.features(dense)).hasSizeGreaterThan(RankingParameters.DEFAULT.modelSentences());
    assertThat(SUMMARIZER.summarize(dense, SummaryOptions.ofSentences(3)).sentences())
        .isEqualTo(new TextRankSummarizer(always).summarize(dense, SummaryOptions.ofSentences(3)).sentences());
    Article plain = Articles.of(essay.toString());
    assertThat(SUMMARIZER.summarize(plain, SummaryOptions.ofSentences(3)).sentences())
        .isEqualTo(new TextRankSummarizer(never).summarize(plain, SummaryOptions.ofSentences(3)).sentences());
  }

  @Test
  void randomShortArticlesRankedByTheModelGiveValidDeterministicSummaries() {
    Random random = new Random(20261201);
    String[] parts = {"시는 ", "버스 요금을 ", "3일 ", "150원 ", "“요금이 너무 올랐다”고 ", "그러나 ", "이는 ", "△노선 △정류장 ",
        "12.5% ", "지난해보다 ", "회의에서 ", "토론하고 있다", "올렸다고 밝혔다", "내렸다", "늘어난다", "말했다"};
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(11);
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < n; k++) {
        int words = 2 + random.nextInt(7);
        for (int w = 0; w < words; w++) {
          text.append(parts[random.nextInt(parts.length)]);
        }
        text.append(".\n");
      }
      Article a = Articles.of(text.toString());
      int sentences = 1 + random.nextInt(4);
      Summary s = SUMMARIZER.summarize(a, SummaryOptions.ofSentences(sentences));
      assertThat(s.sentences()).as(text.toString()).hasSizeLessThanOrEqualTo(sentences);
      assertThat(s.sentences()).extracting(SummarySentence::index).isSorted().doesNotHaveDuplicates();
      assertThat(s.sentences()).allSatisfy(x -> assertThat(x.score()).isBetween(0.0, 1.0));
      assertThat(SUMMARIZER.summarize(a, SummaryOptions.ofSentences(sentences))).isEqualTo(s);
      assertThat(SUMMARIZER.features(a)).allSatisfy(row -> assertThat(Arrays.stream(row.values()).allMatch(Double::isFinite)).isTrue());
    }
  }
}
