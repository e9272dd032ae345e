package dev.sasil.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {

  private final BoilerplateCleaner cleaner = BoilerplateCleaner.standard();

  private String clean(String text) {
    return cleaner.clean(text).text();
  }

  /** Every character of the cleaned text maps to the same character of the original. */
  static void assertOffsetsHold(String original, CleanText clean) {
    int[] map = clean.toOriginal();
    int previous = -1;
    for (int i = 0; i < map.length; i++) {
      char c = clean.text().charAt(i);
      assertThat(map[i]).isBetween(0, original.length() - 1);
      assertThat(map[i]).isGreaterThanOrEqualTo(previous);
      if (c == '\n') {
        assertThat(original.charAt(map[i])).isIn('\n', '\r');
      } else {
        assertThat(original.charAt(map[i])).isEqualTo(c);
        assertThat(map[i]).isGreaterThan(previous);
      }
      previous = map[i];
    }
  }

  /** {@code n} distinct body lines (identical neighbours would be taken for doubled captions). */
  private static String body(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("본문 ").append(i).append("번째 문단이다. 본문은 충분히 길어야 꼬리를 꼬리로 본다.\n");
    }
    return sb.toString();
  }

  @Test
  void cutsABylineOpeningAParagraphAndKeepsOffsets() {
    String text = "제목이다\n\n[테크월드뉴스=양승갑 기자] 오픈AI는 GPT 모델을 고도화하고 있다.\n";
    CleanText c = cleaner.clean(text);
    assertThat(c.text()).isEqualTo("제목이다\n\n오픈AI는 GPT 모델을 고도화하고 있다.");
    assertThat(text.substring(c.originalOffset(6))).startsWith("오픈AI는");
    assertOffsetsHold(text, c);
  }

  @Test
  void cutsWireServiceBylines() {
    assertThat(clean("(서울=연합뉴스) 홍길동 기자 = 정부가 발표했다.")).isEqualTo("정부가 발표했다.");
    assertThat(clean("【서울=뉴시스】김철수 기자 = 정부가 발표했다.")).isEqualTo("정부가 발표했다.");
  }

  @Test
  void dropsBylineAndEmailLines() {
    assertThat(clean("본문이다.\n조상록 기자 jsrok@chosunbiz.com")).isEqualTo("본문이다.");
    assertThat(clean("본문이다.\n홍길동 기자\nhong@example.com")).isEqualTo("본문이다.");
    assertThat(clean("본문이다. 이 사실을 확인했다.\n구본권 사람과디지털연구소장\nstarry9@hani.co.kr")).isEqualTo("본문이다. 이 사실을 확인했다.");
    assertThat(clean("본문이 여기서 끝났다. 홍길동 기자 hong@example.com")).isEqualTo("본문이 여기서 끝났다.");
  }

  @Test
  void dropsWireServiceFootersProfilesAndReactions() {
    String text = String.join("\n",
        "본문이다.",
        "양승갑 기자 다른기사 보기",
        "좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0",
        "▷ 카카오톡 : '연합뉴스' 검색",
        "▶ 관련기사 보기",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>");
    assertThat(clean(text)).isEqualTo("본문이다.");
  }

  @Test
  void keepsAnEmailInsideASentence() {
    String s = "문의는 help@example.com으로 보내면 된다고 회사는 밝혔다.";
    assertThat(clean(s)).isEqualTo(s);
  }

  @Test
  void dropsPhotoCaptionsIncludingDoubledOnes() {
    String text = String.join("\n",
        "첫 문단이다.",
        "구글의 모델은 정보가 제한적으로 공개됐다 [사진=구글 리서치 유튜브 갈무리]",
        "구글의 모델은 정보가 제한적으로 공개됐다 [사진=구글 리서치 유튜브 갈무리]",
        "grok_VE_20240313",
        "사진=xAI",
        "▲ 마크 저커버그 메타 CEO",
        "photo_2024.jpg",
        "연구진이 실험하는 모습",
        "연구진이 실험하는 모습",
        "둘째 문단이다.");
    assertThat(clean(text)).isEqualTo("첫 문단이다.\n둘째 문단이다.");
  }

  @Test
  void keepsASentenceWithADataCredit() {
    assertThat(clean("올해 매출은 10% 늘었다(자료=통계청).")).isEqualTo("올해 매출은 10% 늘었다.");
    assertThat(clean("본문이다.\n자료: 통계청")).isEqualTo("본문이다.");
  }

  @Test
  void dropsWirePhotoCaptionsAndBracketedBylines() {
    String text = String.join("\n",
        "[이데일리 홍길동 기자] 정부가 대책을 발표했다.",
        "22일 서울 광화문 광장에서 시민들이 걸어가고 있다. 2024.10.22/뉴스1 ⓒ News1 김민수 기자",
        "서울 여의도 증권가 모습. /연합뉴스",
        "대책은 다음 달부터 시행된다. /홍길동 기자");
    assertThat(clean(text)).isEqualTo("정부가 대책을 발표했다.\n대책은 다음 달부터 시행된다.");
  }

  @Test
  void dropsAnOutletsNameInBracketsOpeningAParagraphButNotASeriesTitle() {
    assertThat(clean("[한빛일보] 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    assertThat(clean("[한빛일보] 홍길동 기자= 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    assertThat(clean("[가을 축제 2031] 시는 새 노선을 열었다.")).isEqualTo("[가을 축제 2031] 시는 새 노선을 열었다.");
    assertThat(clean("시는 [한빛일보] 보도를 반박했다.")).isEqualTo("시는 [한빛일보] 보도를 반박했다.");
  }

  @Test
  void dropsABracketedBylineWhoseOutletAndReporterAreSplitByABar() {
    assertThat(clean("[한빛일보ㅣ홍길동 기자] 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    assertThat(clean("[한빛일보 | 홍길동 기자] 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    assertThat(clean("[한빛일보 ┃ 홍길동 기자] 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    assertThat(clean("[한빛방송/홍길동기자] 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    assertThat(clean("[세종=한빛일보 홍길동 김철수 기자] 시는 새 노선을 열었다.")).isEqualTo("시는 새 노선을 열었다.");
    // a bar inside a sentence is no byline
    assertThat(clean("시의 답은 [예ㅣ아니오] 둘 중 하나였다.")).isEqualTo("시의 답은 [예ㅣ아니오] 둘 중 하나였다.");
  }

  @Test
  void keepsARepeatedFirstLineOnce() {
    assertThat(clean("제목이다\n제목이다\n본문이다.")).isEqualTo("제목이다\n본문이다.");
  }

  @Test
  void keepsOneCopyOfAParagraphOfSeveralSentencesPrintedTwiceButNoneOfARepeatedCaption() {
    String para = "시는 새 노선을 열었다. 요금은 1500원이다.";
    assertThat(clean("제목이다\n" + para + "\n" + para + "\n끝이다.")).isEqualTo("제목이다\n" + para + "\n끝이다.");
    assertThat(clean("제목이다\n새 노선의 첫 열차.\n새 노선의 첫 열차.\n본문이다.")).isEqualTo("제목이다\n본문이다.");
  }

  @Test
  void removesOnlyTheCreditFromALongParagraph() {
    String para = "[사진=연합뉴스] " + "메타는 라마2를 공개했다. ".repeat(12).strip();
    assertThat(clean(para)).isEqualTo("메타는 라마2를 공개했다. ".repeat(12).strip());
  }

  @Test
  void keepsTheSentencesOfALongCaptionWhateverWordsFollowItsLastSentence() {
    String specs = "가람호가 나래 비행장에서 이륙하고 있다. 길이 16m, 폭 11m의 가람호는 4세대 기체로 분류된다. "
        + "최대 속도는 시속 2000㎞, 항속거리는 3000㎞에 이르는 것으로 알려졌고 개발에는 모두 8년이 걸렸다. "
        + "가람청은 내년부터 시험비행을 시작해 오는 2030년까지 40대를 실전에 배치할 계획이다. (가람청 제공) /뉴스1";
    assertThat(clean(specs)).contains("4세대 기체로 분류된다.").doesNotContain("뉴스1");
    assertThat(clean("나래 공원을 걷는 시민들이 사진을 찍고 있다. (가람시 제공) /뉴스1")).as("a short caption still goes").isEmpty();
  }

  @Test
  void dropsCopyrightCommentDebrisAndShareButtons() {
    String body = body(5);
    String text = body + String.join("\n",
        "페이스북 트위터 카카오톡 URL복사",
        "회원가입 후 이용바랍니다.",
        "개의 댓글",
        "0 / 400",
        "댓글 정렬",
        "BEST댓글",
        "저작권자 © 테크월드뉴스 무단전재 및 재배포 금지",
        "이 기사와 관련된 기사",
        "다른 기사의 제목",
        "다른 기사의 요약이다.");
    assertThat(clean(text)).isEqualTo(body.strip());
  }

  @Test
  void removesOnlyTheNoticeWrittenOnTheLineOfTheSentences() {
    // issue 14, item 1: a one-line article ending in a copyright notice lost every sentence
    String text = "오픈AI는 2015년 설립됐다. 메타는 지난 2월 라마를 공개했다. 무단전재 및 재배포 금지";
    CleanText c = cleaner.clean(text);
    assertThat(c.text()).isEqualTo("오픈AI는 2015년 설립됐다. 메타는 지난 2월 라마를 공개했다.");
    assertOffsetsHold(text, c);
    assertThat(clean("우리는 문장을 쓴다. <저작권자 © 테크월드뉴스 무단전재 및 재배포 금지>"))
        .isEqualTo("우리는 문장을 쓴다.");
    assertThat(clean("우리는 문장을 쓴다. 저작권자 © 한빛일보. 무단전재 및 재배포 금지."))
        .isEqualTo("우리는 문장을 쓴다.");
    assertThat(clean("우리는 문장을 쓴다 Copyright © 한빛일보 All rights reserved"))
        .isEqualTo("우리는 문장을 쓴다");
    assertThat(clean("짧은 문장이다. ⓒ 한빛일보")).isEqualTo("짧은 문장이다.");
    // found by CleanerFuzzTest: a copyright mark after a line too long for the [line] patterns
    String longLine = "을을을을 을을을을 을을을을 을을을을 을을을을. 을을을을 을을을을 을을을을.";
    assertThat(clean(longLine + " ⓒ 한빛일보")).isEqualTo(longLine);
    assertThat(clean("먼저 문장이 온다. 베스트 댓글은 이것이다")).isEqualTo("먼저 문장이 온다. 베스트 댓글은 이것이다");
  }

  @Test
  void keepsTheSentencesBeforeANoticeThatStartsTheTail() {
    String text = body(3) + "마지막 문단이다. 무단전재 및 재배포 금지\n관련기사\n다른 기사의 제목";
    assertThat(clean(text)).isEqualTo(body(3) + "마지막 문단이다.");
  }

  @Test
  void stillDropsALineThatIsOnlyANotice() {
    assertThat(clean("본문이다.\n저작권자 © 테크월드뉴스 무단전재 및 재배포 금지")).isEqualTo("본문이다.");
    assertThat(clean("본문이다.\n무단전재 및 재배포 금지. 저작권자 ⓒ 한빛일보")).isEqualTo("본문이다.");
  }

  @Test
  void cutsAReplyTail() {
    String body = "첫 문단이 충분히 길게 이어진다. 본문이다.\n\n둘째 문단도 길게 이어진다. 본문이다.\n\n";
    assertThat(clean(body + "Similar Posts\n\n다른 글 제목\n\n답글 남기기\n")).isEqualTo(body.strip());
  }

  @Test
  void dropsOnlyTheMarkerOfARelatedArticlesBoxEarlyInTheText() {
    String text = "짧은 머리말이다.\n관련기사\n" + body(5);
    assertThat(clean(text)).isEqualTo("짧은 머리말이다.\n" + body(5).strip());
  }

  @Test
  void dropsDatelinesAndEditorMarks() {
    assertThat(clean("제목\n||2024.10.02\n||2024.10.02\n입력 2023.11.20 09:12\n본문이다.")).isEqualTo("제목\n본문이다.");
    assertThat(clean("[편집자 주] 이 기사는 연재물이다.")).isEqualTo("이 기사는 연재물이다.");
  }

  @Test
  void keepsDatesInSentencesAndSubtitles() {
    String text = "메인 제목\n부제목 줄\n메타는 2023년 7월 18일 라마2를 공개했다.\n◇ 중간 제목\n■ 또 다른 중간 제목";
    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void collapsesBlankLinesAndHandlesCrLf() {
    String text = "\r\n제목\r\n\r\n \r\n\r\n본문이다.\r\n\r\n";
    CleanText c = cleaner.clean(text);
    assertThat(c.text()).isEqualTo("제목\n\n본문이다.");
    assertOffsetsHold(text, c);
  }

  @Test
  void handlesLinesThatWouldMakeCarelessPatternsBacktrack() {
    String spaces = " ".repeat(40);
    String share = ("공유" + spaces).repeat(11) + "공유 끝이 아니다";
    String reactions = ("좋아요" + spaces + "0" + spaces).repeat(30) + "!";
    String byline = ("홍길동" + spaces + "·").repeat(30) + " 말했다";
    assertThat(clean(share)).isEqualTo(share.strip());
    assertThat(clean(reactions)).isEqualTo(reactions.strip());
    assertThat(clean(byline)).isEqualTo(byline.strip());
  }

  @Test
  void neverThrowsAndKeepsOffsetsOnRandomText() {
    Random random = new Random(20240313);
    String[] pieces = {"메타는 라마2를 공개했다. ", "\n", "\r\n", "  ", "[사진=메타]", "홍길동 기자 ", "hong@x.com", "저작권자 ©",
        "관련기사", "||2024.10.02", "▲", "grok_VE_1", "댓글 정렬", "\u00A0", "\uFEFF", "(서울=연합뉴스)", "=", "ⓒ", "가", "."};
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertOffsetsHold(text, cleaner.clean(text));
    }
  }
}
