package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.TimeValue;
import java.util.List;

/** An article written to break a report: script tags, attribute injection, a huge line, emoji, RTL text. */
public final class Hostile {

  public static final String SCRIPT = "<script>document.title='pwned'</script>";
  public static final String IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
  public static final String ATTR = "\" onmouseover=\"document.title='pwned'\" x=\"";
  public static final String RTL = "مرحبا بالعالم שלום עולם";
  public static final String EMOJI = "🤖👩‍💻🇰🇷";
  public static final String LONG = "가".repeat(10_000);

  private Hostile() {}

  public static Article article() {
    return Fixtures.article("hostile\" onerror=\"x.txt", SCRIPT + ATTR + " 제목 " + EMOJI,
        "javascript:document.title='pwned'", "2023-05",
        "해커 " + SCRIPT + " 가 2019년 회사를 세웠다 " + IMG + ".",
        "공격 " + ATTR + " 는 2020년 3월 시작됐다 | 표 | 깨기 " + RTL + " " + EMOJI + ".",
        LONG + " 2021년",
        "`코드` **굵게** [링크](javascript:alert(1)) $x$ ~~줄~~ _기울임_ \\ # 제목 & 끝 2022년.");
  }

  /** A report of an ordinary article and the hostile one, with hostile findings and summary. */
  public static Report report() {
    Article hostile = article();
    Article other = Fixtures.article("other.txt", "평범한 기사", "https://example.com/a", "2023-12-06",
        "오픈AI는 지난 2016년 세워졌다.");
    return new ReportBuilder("sasil test").build(List.of(other, hostile),
        List.of(Fixtures.summary(hostile, 0, 1, 3)), findings(hostile, other));
  }

  /**
   * Hostile claims about the hostile article, as a single-source and a cross-source finding, in
   * report order.
   */
  public static List<dev.sasil.factcheck.Finding> findings(Article hostile, Article other) {
    Claim founded = Fixtures.claim(hostile, 0, "2019년", SCRIPT, "founded", TimeValue.ofYear(2019));
    Claim start = Fixtures.claim(hostile, 1, "2020년 3월", "공격" + ATTR, "started", TimeValue.ofMonth(2020, 3));
    Claim long1 = Fixtures.claim(hostile, 2, "2021년", RTL, "released", TimeValue.ofYear(2021));
    Claim md = Fixtures.claim(hostile, 3, "2022년", "`x` | y", "left", TimeValue.ofYear(2022));
    Claim otherFounded = Fixtures.claim(other, 0, "2016년", SCRIPT, "founded", TimeValue.ofYear(2016));
    return List.of(
        new dev.sasil.factcheck.Finding(SCRIPT, "founded", List.of(IMG), Verdict.CONTRADICTION,
            List.of(founded, otherFounded), SCRIPT + " vs " + IMG),
        Fixtures.finding(Verdict.SINGLE_SOURCE, ATTR, start),
        Fixtures.finding(Verdict.SINGLE_SOURCE, RTL, long1),
        Fixtures.finding(Verdict.SINGLE_SOURCE, "| a | b |\nnew line", md));
  }
}
