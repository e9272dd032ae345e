package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.time.PartialDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = HtmlArticleExtractor.standard();

  private static final String PAGE = """
      <!DOCTYPE html>
      <html><head>
        <title>메타, 라마2 오픈소스 공개 - 테크뉴스</title>
        <meta property="og:title" content="메타, 라마2 오픈소스 공개">
        <meta property="og:url" content="https://news.example.kr/a/1">
        <meta property="article:published_time" content="2023-07-19T23:10:00+09:00">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-18"}</script>
      </head><body>
        <header><nav><a href="/">홈</a> <a href="/it">IT</a> <a href="/econ">경제</a></nav></header>
        <div class="ad-banner">광고 문구가 여기에 길게 들어간다. 지금 바로 구매하세요! 특가 할인 행사 진행 중.</div>
        <div id="article-view-content-div">
          <p>페이스북의 모회사 메타는 지난 18일 거대언어모델 라마2를 오픈소스로 공개한다고 밝혔다.</p>
          <figure><img src="a.jpg"><figcaption>마크 저커버그 메타 CEO [사진=메타]</figcaption></figure>
          <p>연구와 상업적 용도로 무료 활용할 수 있다.<br>다만 경쟁사는 사용할 수 없다.</p>
          <div class="share-buttons"><a>페이스북</a><a>트위터</a></div>
        </div>
        <div id="comments">회원가입 후 이용바랍니다. 댓글 정렬 BEST댓글</div>
        <footer>저작권자 © 테크뉴스 무단전재 및 재배포 금지</footer>
      </body></html>
      """;

  @Test
  void takesTheArticleBodyWithParagraphsAsLines() {
    HtmlArticle a = extractor.extract(PAGE);
    assertThat(a.text()).isEqualTo(
        "페이스북의 모회사 메타는 지난 18일 거대언어모델 라마2를 오픈소스로 공개한다고 밝혔다.\n\n"
            + "연구와 상업적 용도로 무료 활용할 수 있다.\n다만 경쟁사는 사용할 수 없다.");
  }

  @Test
  void readsTitleUrlAndDateFromMetadata() {
    HtmlArticle a = extractor.extract(PAGE);
    assertThat(a.title()).isEqualTo("메타, 라마2 오픈소스 공개");
    assertThat(a.url()).isEqualTo("https://news.example.kr/a/1");
    assertThat(a.published()).isEqualTo(PartialDate.ofDay(2023, 7, 19));
  }

  @Test
  void fallsBackToJsonLdThenTimeElements() {
    String jsonLd = "<html><head><script type='application/ld+json'>[{\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2024-03-13T08:00:00Z\"}]}]</script></head><body><p>본문이다.</p></body></html>";
    assertThat(extractor.extract(jsonLd).published()).isEqualTo(PartialDate.ofDay(2024, 3, 13));
    String time = "<html><body><article><time datetime='2024-10-02'>10월 2일</time><p>본문이다.</p></article></body></html>";
    assertThat(extractor.extract(time).published()).isEqualTo(PartialDate.ofDay(2024, 10, 2));
    String brokenJson = "<html><head><script type='application/ld+json'>{\"datePublished\": </script></head><body><p>본문</p></body></html>";
    assertThat(extractor.extract(brokenJson).published()).isNull();
  }

  @Test
  void readsAnInputDatelineOfThePageHeaderWhenThereIsNoMetadata() {
    String page = "<html><body><div class='head'><h2>제목</h2><span>입력 2024.10.02 09:12</span>"
        + "<span>수정 2024.10.03 10:00</span></div><div id='dic_area'>" + "본문 문장이다. ".repeat(10)
        + "</div><ul class='list'><li>다른 기사 2024.09.30</li></ul></body></html>";
    assertThat(extractor.extract(page).published()).isEqualTo(PartialDate.ofDay(2024, 10, 2));
    String naver = "<html><body><span class='_ARTICLE_DATE_TIME' data-date-time='2024-10-02 09:12:00'>2024.10.02. 오전 9:12</span>"
        + "<div id='dic_area'>" + "본문 문장이다. ".repeat(10) + "</div></body></html>";
    assertThat(extractor.extract(naver).published()).isEqualTo(PartialDate.ofDay(2024, 10, 2));
    String none = "<html><body><div id='dic_area'>" + "2023년 7월 18일 메타가 발표했다. ".repeat(5) + "</div></body></html>";
    assertThat(extractor.extract(none).published()).isNull();
  }

  @Test
  void usesTheTitleElementWithoutTheSiteNameWhenThereIsNoOgTitle() {
    HtmlArticle a = extractor.extract("<html><head><title>오픈AI 압박 수위 올리는 머스크 | 한겨레</title></head><body><p>본문</p></body></html>");
    assertThat(a.title()).isEqualTo("오픈AI 압박 수위 올리는 머스크");
    assertThat(extractor.extract("<body><h1>헤드라인</h1><p>본문</p></body>").title()).isEqualTo("헤드라인");
  }

  @Test
  void takesTheDensestBlockWithoutAKnownContainer() {
    String page = "<html><body><div class='menu'><a>홈</a><a>정치</a><a>경제</a></div>"
        + "<div class='x'><div>짧은 글</div></div>"
        + "<div class='y'>첫 문장이다.<br>둘째 문장이 이어진다. 본문은 이 블록에 가장 많이 들어 있다.<br>셋째 문장이다.</div>"
        + "<div class='comment_box'>댓글이 아주 길게 달려 있다. 댓글이 아주 길게 달려 있다. 댓글이 아주 길게 달려 있다. 댓글이 아주 길게.</div>"
        + "</body></html>";
    assertThat(extractor.extract(page).text())
        .isEqualTo("첫 문장이다.\n둘째 문장이 이어진다. 본문은 이 블록에 가장 많이 들어 있다.\n셋째 문장이다.");
  }

  @Test
  void neverThrowsOnRandomMarkup() {
    Random random = new Random(7);
    String[] pieces = {"<p>", "</p>", "<div id=articleBody>", "</div>", "<br>", "가나다", "라마2를 공개했다.", "<script>",
        "<!--", "-->", "<", ">", "&amp;", "&#xD55C;", "<meta property='article:published_time' content='", "'>",
        "2024-13-45", "<time datetime='x'>", "<script type='application/ld+json'>{", "\"datePublished\":", "]"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      HtmlArticle a = extractor.extract(sb.toString());
      assertThat(a.text()).isNotNull();
    }
  }

  @Test
  void prefersTheLongestOfSeveralArticleElementsAndKeepsWrappersWithUtilityClasses() {
    String page = "<html><body><article><p>사이드바 기사 미리보기 문장이 여기 있다. 조금 더 길게 쓴다.</p></article>"
        + "<article><div class='relative text-lg'><p>" + "진짜 본문 문장이다. ".repeat(10) + "</p></div></article>"
        + "</body></html>";
    assertThat(extractor.extract(page).text()).startsWith("진짜 본문 문장이다.");
  }

  @Test
  void stripsOnlyShortSiteNames() {
    assertThat(HtmlArticleExtractor.stripSiteName("짧은 - 제목")).isEqualTo("짧은 - 제목");
    assertThat(HtmlArticleExtractor.stripSiteName("일론 머스크의 그록 공개 - 조선비즈")).isEqualTo("일론 머스크의 그록 공개");
  }
}
