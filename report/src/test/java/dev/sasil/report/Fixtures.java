package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.summarizer.Keyword;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummarySentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Hand-made articles, summaries and findings for report tests. */
public final class Fixtures {

  private Fixtures() {}

  /** An article of the given sentences, one per line; {@code published} may be null. */
  public static Article article(String id, String title, String url, String published, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int start = text.length();
      text.append(s);
      list.add(new Sentence(list.size(), s, start, text.length(), SentenceKind.BODY, List.of()));
    }
    Published p = published == null ? Published.UNKNOWN : Published.of(PartialDate.parse(published), DateSource.METADATA);
    return new Article(id, title, url, p, text.toString(), list, "kor", List.of());
  }

  /** A claim on the first occurrence of {@code valueText} in sentence {@code index}. */
  public static Claim claim(Article a, int index, String valueText, String subject, String attribute, NormalizedValue v) {
    Sentence s = a.sentences().get(index);
    int at = s.text().indexOf(valueText);
    if (at < 0) {
      throw new IllegalArgumentException("'" + valueText + "' not in sentence " + index + " of " + a.id());
    }
    Evidence e = new Evidence(a.id(), index, s.text(), s.start() + at, s.start() + at + valueText.length(), valueText);
    return new Claim(subject, attribute, v, List.of(), e, "");
  }

  public static Finding finding(Verdict v, String explanation, Claim... claims) {
    return new Finding(claims[0].subject(), claims[0].attribute(), List.of(), v, List.of(claims), explanation);
  }

  public static Summary summary(Article a, int... indexes) {
    List<SummarySentence> s = new ArrayList<>();
    for (int i : indexes) {
      s.add(new SummarySentence(i, a.sentences().get(i).text(), 1.0 / (i + 1)));
    }
    return new Summary(a.id(), s, List.of(new Keyword("오픈AI", 0.9), new Keyword("설립", 0.5)));
  }

  public static TimeValue year(int y) {
    return TimeValue.ofYear(y);
  }

  public static Quantity usd(long v) {
    return new Quantity(BigDecimal.valueOf(v), QuantityUnit.USD, Bound.ABOUT, null);
  }

  /** The id of the copy in {@link #copies()}: markup, to show that it is escaped. */
  public static final String COPY_ID = "<i>a3</i>.txt";

  /**
   * Three articles on a made-up festival, the third a copy of the first: the figure they all
   * state is an agreement of two sources.
   */
  public static Report copies() {
    Article a1 = article("a1.txt", "축제 개막", null, "2031-05-02", "이번 축제의 자원봉사자는 1200명이다.");
    Article a2 = article("a2.txt", "축제 현장", null, "2031-05-02", "자원봉사자 1200명이 주차 안내를 맡았다.");
    Article a3 = article(COPY_ID, "축제 개막", null, "2031-05-02", "이번 축제의 자원봉사자는 1200명이다.");
    Quantity volunteers = Quantity.exact(BigDecimal.valueOf(1200), QuantityUnit.PERSONS);
    List<Finding> findings = List.of(finding(Verdict.AGREEMENT, "3 articles say 1200 PERSONS (" + COPY_ID + " is a copy of a1.txt)",
        claim(a1, 0, "1200명", "축제", "자원봉사자", volunteers),
        claim(a2, 0, "1200명", "축제", "자원봉사자", volunteers),
        claim(a3, 0, "1200명", "축제", "자원봉사자", volunteers)));
    return new ReportBuilder("sasil test").build(List.of(a1, a2, a3), List.of(), findings,
        SourceGroups.of(List.of(new SourceGroup("a1.txt", List.of(COPY_ID)))));
  }

  /** Two dated articles that disagree on a founding year and agree on a release month, one undated. */
  public static Report small() {
    Article a = article("a.txt", "오픈AI 설립 이야기", "https://www.example.com/news/1", "2023-12-06",
        "오픈AI는 지난 2016년 샘 올트먼 등이 세웠다.",
        "챗GPT는 2022년 11월 출시됐다.",
        "회사는 10억달러를 투자받았다.");
    Article b = article("b.txt", "머스크와 오픈AI", "https://news.example.org/2", "2024-03-13",
        "머스크는 2015년 올트먼과 오픈AI를 세웠다고 말했다.",
        "지난 2022년 11월에 출시된 챗GPT가 인기를 끌었다.");
    Article c = article("c.txt", "", null, null, "라마는 지난 7월 공개됐다.");
    List<Finding> findings = List.of(
        finding(Verdict.CONTRADICTION, "2016 vs 2015: 연도가 다름",
            claim(a, 0, "2016년", "오픈AI", "founded", year(2016)),
            claim(b, 0, "2015년", "오픈AI", "founded", year(2015))),
        finding(Verdict.AGREEMENT, "2022-11: 두 기사가 같은 달",
            claim(a, 1, "2022년 11월", "챗GPT", "released", TimeValue.ofMonth(2022, 11)),
            claim(b, 1, "2022년 11월", "챗GPT", "released", TimeValue.ofMonth(2022, 11))),
        finding(Verdict.SINGLE_SOURCE, "한 기사만 말함",
            claim(a, 2, "10억달러", "오픈AI", "investment.amount", usd(1_000_000_000))),
        finding(Verdict.SINGLE_SOURCE, "",
            claim(c, 0, "7월", "라마", "released", TimeValue.ofMonth(null, 7))));
    return new ReportBuilder("sasil test").build(
        List.of(a, b, c), List.of(summary(a, 0, 1), summary(b, 0)), findings);
  }
}
