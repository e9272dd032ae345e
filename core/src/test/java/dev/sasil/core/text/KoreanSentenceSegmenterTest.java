package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KoreanSentenceSegmenterTest {

  private final KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();

  /** Segments {@code text}, checks offsets against the text, and asserts the sentence texts. */
  private List<Sentence> assertSegments(String text, String... expected) {
    List<Sentence> sentences = segmenter.segment(text);
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(sentences).extracting(Sentence::text).containsExactly(expected);
    return sentences;
  }

  @Test
  void quotationFollowedByQuotativeStaysInItsSentence() {
    assertSegments(
        "그는 \"좋은 결과가 있을 것\"이라며 \"계속 노력하겠다\"고 말했다. 다음 문장이다.",
        "그는 \"좋은 결과가 있을 것\"이라며 \"계속 노력하겠다\"고 말했다.",
        "다음 문장이다.");
    assertSegments(
        "닉 클레그 사장도 “우리는 믿는다”며 “더 많은 사람이 누릴 수 있는 방식”이라고 했다. 끝이다.",
        "닉 클레그 사장도 “우리는 믿는다”며 “더 많은 사람이 누릴 수 있는 방식”이라고 했다.",
        "끝이다.");
  }

  @Test
  void periodsInsideQuotationsDoNotEndTheSentence() {
    assertSegments(
        "뉴욕타임스는 “르쿤은 ‘출시해야 한다. 그러지 않으면 사라질 수 있다’고 경고했다”고 보도했다. 그 뒤다.",
        "뉴욕타임스는 “르쿤은 ‘출시해야 한다. 그러지 않으면 사라질 수 있다’고 경고했다”고 보도했다.",
        "그 뒤다.");
  }

  @Test
  void aQuotationEndingInPunctuationEndsTheSentenceUnlessAQuotativeFollows() {
    assertSegments("“AI는 위험하다.” 김 교수는 이렇게 말했다.", "“AI는 위험하다.”", "김 교수는 이렇게 말했다.");
    assertSegments("그는 “좋다.” 라고 말했다.", "그는 “좋다.” 라고 말했다.");
  }

  @Test
  void numbersDecimalsAndDatesKeepTheirPeriods() {
    assertSegments(
        "GDP는 1.5% 늘었다. 2024.10.02 발표됐다. 앤트로픽은 ‘클로드 3.5 소네트’를 공개했다.",
        "GDP는 1.5% 늘었다.", "2024.10.02 발표됐다.", "앤트로픽은 ‘클로드 3.5 소네트’를 공개했다.");
    assertSegments("판결은 2024. 10. 2. 선고됐다. 항소했다.", "판결은 2024. 10. 2. 선고됐다.", "항소했다.");
  }

  @Test
  void ellipsesEndASentenceOnlyAfterASentenceEnding() {
    assertSegments(
        "그러나… 그는 돌아왔다. 그랬다… 그리고 끝났다. 좋아요... 또 올게요.",
        "그러나… 그는 돌아왔다.", "그랬다…", "그리고 끝났다.", "좋아요...", "또 올게요.");
  }

  @Test
  void abbreviationsInitialsAndLetterChainsDoNotEndASentence() {
    assertSegments(
        "U.S. 정부와 Dr. Kim, J. Smith가 만났다. 예를 들어 e.g. 사례가 있다. OpenAI Inc. 측은 반박했다.",
        "U.S. 정부와 Dr. Kim, J. Smith가 만났다.", "예를 들어 e.g. 사례가 있다.", "OpenAI Inc. 측은 반박했다.");
  }

  @Test
  void anEnglishSentenceEndsBeforeACapitalOrHangul() {
    assertSegments("He said it was over. Then he left. 그는 떠났다.",
        "He said it was over.", "Then he left.", "그는 떠났다.");
  }

  @Test
  void urlsAndEmailsKeepTheirPeriods() {
    assertSegments(
        "자세한 내용은 https://www.example.com/a.html 에서 볼 수 있다. 문의는 kim@hani.co.kr 로 하면 된다. hani.co.kr 참고.",
        "자세한 내용은 https://www.example.com/a.html 에서 볼 수 있다.",
        "문의는 kim@hani.co.kr 로 하면 된다.",
        "hani.co.kr 참고.");
  }

  @Test
  void aKoreanSentenceEndsEvenWithoutASpaceAfterItsPeriod() {
    assertSegments("그는 떠났다.그러나 돌아왔다.왜 그랬을까?그는 답하지 않았다.",
        "그는 떠났다.", "그러나 돌아왔다.", "왜 그랬을까?", "그는 답하지 않았다.");
  }

  @Test
  void paragraphsJoinedWithoutASpaceSplitBeforeADigitOrACapital() {
    assertSegments("값이 올랐다.3일 시장이 열렸다.KB는 웃었다. 비율은 2.5%다.",
        "값이 올랐다.", "3일 시장이 열렸다.", "KB는 웃었다.", "비율은 2.5%다.");
    assertSegments("버전은 v2.x다.", "버전은 v2.x다.");
  }

  @Test
  void questionAndExclamationMarksEndSentences() {
    assertSegments("정말인가요? 네! 그렇습니다.", "정말인가요?", "네!", "그렇습니다.");
  }

  @Test
  void aLineBreakAlwaysEndsASentence() {
    List<Sentence> s = assertSegments("첫 줄 제목\n본문이 이어지고\r\n다음 줄이다.\n\n  \n끝", "첫 줄 제목", "본문이 이어지고", "다음 줄이다.", "끝");
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
  }

  @Test
  void politeEndingsEndSentencesWithoutPunctuation() {
    assertSegments("가격도 저렴하고 맛있는 집입니다 다음에 또 올게요 근처 카페 좀 찾아줘",
        "가격도 저렴하고 맛있는 집입니다", "다음에 또 올게요", "근처 카페 좀 찾아줘");
    assertSegments("밥 먹다 보니 주요 사안을 잊었다.", "밥 먹다 보니 주요 사안을 잊었다.");
    assertSegments("밤의 고요 속에 잠들었다.", "밤의 고요 속에 잠들었다.");
  }

  @Test
  void aCompoundParticleThatEndsLikeAnImperativeEndsNoSentence() {
    assertSegments("올해 수출은 지난해에 견줘 3.1% 늘었다.", "올해 수출은 지난해에 견줘 3.1% 늘었다.");
  }

  @Test
  void listMarkersAtTheStartOfALineAreNotSentences() {
    assertSegments("가. 목적\n1. 서론을 쓴다.\n다. 결론", "가. 목적", "1. 서론을 쓴다.", "다. 결론");
  }

  @Test
  void aTrailingBracketedNoteJoinsTheSentenceBeforeIt() {
    assertSegments("생존을 위한 경쟁을 살펴본다. [편집자 주]", "생존을 위한 경쟁을 살펴본다. [편집자 주]");
    assertSegments("공개했다. ”", "공개했다. ”");
  }

  @Test
  void strayQuoteMarksDoNotSwallowTheLine() {
    assertSegments("그는 “끝났다. 새로운 시작이다.", "그는 “끝났다.", "새로운 시작이다.");
    assertSegments("Musk’s plan was bold. 그는 웃었다.", "Musk’s plan was bold.", "그는 웃었다.");
  }

  @Test
  void headlinesSubtitlesAndSectionHeadsAreHeadings() {
    String text = String.join("\n",
        "오픈AI 압박 수위 올리는 일론 머스크, ‘그록’ 오픈소스 공개 의도는?",
        "일론 머스크, xAI 챗봇 '그록' 소스 공개하겠다",
        "◇‘패쇄형’ 오픈AI에 맞선 ‘개방형 AI’",
        "■ 향후 어떤 일이 생겨날까?",
        "선두주자 넘을 ‘오픈소스’ 전략 통할까",
        "생성 인공지능 개발을 둘러싸고 왜 이런 상반된 움직임이 생겨나고 있을까?",
        "메타는 라마2를 공개했다.",
        "그는 말했다. 또 말했다",
        "x".repeat(KoreanSentenceSegmenter.HEADING_MAX_LENGTH + 1));
    assertThat(segmenter.segment(text)).extracting(Sentence::kind).containsExactly(
        SentenceKind.HEADING, SentenceKind.HEADING, SentenceKind.HEADING, SentenceKind.HEADING,
        SentenceKind.HEADING, SentenceKind.BODY, SentenceKind.BODY, SentenceKind.BODY, SentenceKind.BODY,
        SentenceKind.BODY);
  }

  @Test
  void longPathologicalLinesAreSegmentedInLinearTime() {
    // each would take hours if any step looked back or searched to the start of the line
    String letters = "a".repeat(300_000) + ".";
    String dots = "a.".repeat(150_000);
    String marks = "(".repeat(100_000) + "”".repeat(100_000);
    String hangul = "다…".repeat(100_000);
    for (String text : new String[] {letters, dots, marks, hangul}) {
      List<Sentence> sentences = segmenter.segment(text);
      assertThat(sentences).isNotEmpty();
      assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(text.length());
    }
  }

  @Test
  void veryLongLinesAreCutAtWhiteSpaceIntoBoundedPieces() {
    String line = "가나다 ".repeat(300_000).strip();
    List<Sentence> sentences = segmenter.segment(line);
    assertThat(sentences).hasSizeGreaterThan(1);
    for (Sentence s : sentences) {
      assertThat(s.text().length()).isLessThanOrEqualTo(KoreanSentenceSegmenter.MAX_CHUNK);
      assertThat(s.text()).startsWith("가").endsWith("다");
    }
  }

  @Test
  void aRunWithoutSentenceEndsLongerThanASentenceIsCutAtItsLastWhiteSpaceBeforeTheLimit() {
    String word = "매출은 늘었고 ";
    String run = word.repeat(KoreanSentenceSegmenter.MAX_SENTENCE / word.length() * 3).strip() + "다.";
    List<Sentence> sentences = segmenter.segment(run);
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(3);
    StringBuilder words = new StringBuilder();
    for (Sentence s : sentences) {
      assertThat(s.text().length()).isLessThanOrEqualTo(KoreanSentenceSegmenter.MAX_SENTENCE);
      assertThat(s.start() == 0 || run.charAt(s.start() - 1) == ' ').as("cut at white space").isTrue();
      words.append(s.text()).append(' ');
    }
    assertThat(words.toString().strip()).isEqualTo(run);
  }

  @Test
  void aRunWithoutWhiteSpaceIsCutAtTheLimitAndNeverInsideASurrogatePair() {
    String run = "가" + "😀".repeat(KoreanSentenceSegmenter.MAX_SENTENCE); // the limit falls on a low surrogate
    List<Sentence> sentences = segmenter.segment(run);
    assertThat(sentences).hasSizeGreaterThan(1);
    for (Sentence s : sentences) {
      assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(s.text().charAt(s.text().length() - 1))).isFalse();
    }
  }

  @Test
  void emptyAndBlankTextGiveNoSentences() {
    assertThat(segmenter.segment("")).isEmpty();
    assertThat(segmenter.segment(null)).isEmpty();
    assertThat(segmenter.segment(" \n\t\u3000\n")).isEmpty();
  }

  @Test
  void randomTextNeverThrowsAndEverySentenceIsATrimmedExactSliceCoveringAllVisibleText() {
    String pool = "가나다라마바사요까죠니다. .?!…~\"'“”‘’()[]「」\n\r\t 0123456789abcXYZ@/:😀\u0000\u200B\u3000-■";
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      // every tenth text longer than a sentence may be, so that over-long runs are cut too
      int len = random.nextInt(round % 10 == 0 ? 4 * KoreanSentenceSegmenter.MAX_SENTENCE : 80);
      for (int i = 0; i < len; i++) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String text = sb.toString();
      List<Sentence> sentences = segmenter.segment(text);
      boolean[] covered = new boolean[text.length()];
      int last = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        assertThat(s.index()).isEqualTo(i);
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(s.text()).isNotBlank().doesNotContain("\n", "\r");
        // a cut run may take the debris after it (at most a sentence's length)
        assertThat(s.text().length()).isLessThanOrEqualTo(2 * KoreanSentenceSegmenter.MAX_SENTENCE);
        assertThat(KoreanSentenceSegmenter.isSpace(s.text().charAt(0))).isFalse();
        assertThat(KoreanSentenceSegmenter.isSpace(s.text().charAt(s.text().length() - 1))).isFalse();
        for (int k = s.start(); k < s.end(); k++) {
          covered[k] = true;
        }
        last = s.end();
      }
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (!KoreanSentenceSegmenter.isSpace(c) && !KoreanSentenceSegmenter.isLineBreak(c)) {
          assertThat(covered[k]).as("char %d of %s", k, text).isTrue();
        }
      }
    }
  }
}
