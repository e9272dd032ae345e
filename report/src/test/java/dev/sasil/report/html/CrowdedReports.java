package dev.sasil.report.html;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.report.Fixtures;
import dev.sasil.report.Report;
import dev.sasil.report.ReportBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Random reports that crowd a timeline: many claims on a few days of one month, at the right end
 * of the figure (one article was published half a year before), by four articles, agreeing,
 * contradicting and standing alone. The same seed gives the same report.
 */
final class CrowdedReports {

  private static final String[] SUBJECTS = {"시", "교육청", "국립중앙박물관", "한강 다리 보수 공사", "축제", "조합", "새 노선",
    "공청회", "지역 도서관 개관 기념 행사", "AI"};
  private static final String[] ATTRIBUTES = {"founded", "released", "left", "joined", "announced", "opened"};
  private static final int ARTICLES = 4;
  private static final int DAYS = 9;

  private CrowdedReports() {}

  /** One claim to be: the article that makes it and the day of March 2030 it names. */
  private record Spec(int article, int day) {}

  static Report report(long seed) {
    Random random = new Random(seed);
    int findings = 12 + random.nextInt(18);
    List<List<Spec>> groups = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    for (int a = 0; a < ARTICLES; a++) {
      sentences.add(new ArrayList<>());
    }
    for (int f = 0; f < findings; f++) {
      Verdict v = Verdict.values()[random.nextInt(Verdict.values().length)];
      int day = 1 + random.nextInt(DAYS);
      List<Spec> group = new ArrayList<>();
      int first = random.nextInt(ARTICLES);
      group.add(new Spec(first, day));
      if (v != Verdict.SINGLE_SOURCE) {
        int others = 1 + random.nextInt(ARTICLES - 1);
        for (int k = 1; k <= others; k++) {
          int other = (first + k) % ARTICLES;
          group.add(new Spec(other, v == Verdict.AGREEMENT ? day : 1 + random.nextInt(DAYS)));
        }
      }
      groups.add(group);
      verdicts.add(v);
    }
    List<int[]> at = new ArrayList<>(); // per claim: article, sentence
    for (List<Spec> group : groups) {
      for (Spec s : group) {
        List<String> text = sentences.get(s.article());
        at.add(new int[] {s.article(), text.size()});
        text.add("행사는 3월 " + s.day() + "일 열린다고 했다.");
      }
    }
    List<Article> articles = new ArrayList<>();
    for (int a = 0; a < ARTICLES; a++) {
      List<String> text = sentences.get(a);
      if (text.isEmpty()) {
        text.add("별다른 일정은 없다.");
      }
      articles.add(Fixtures.article("crowd-" + a + ".txt", "기사 " + a, null, a == 0 ? "2029-09-10" : "2030-03-0" + (1 + random.nextInt(DAYS)),
          text.toArray(String[]::new)));
    }
    List<Finding> out = new ArrayList<>();
    int claim = 0;
    for (int f = 0; f < groups.size(); f++) {
      String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
      String attribute = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
      List<Claim> claims = new ArrayList<>();
      for (Spec s : groups.get(f)) {
        int[] where = at.get(claim++);
        claims.add(Fixtures.claim(articles.get(where[0]), where[1], "3월 " + s.day() + "일", subject, attribute,
            TimeValue.ofDay(2030, 3, s.day())));
      }
      out.add(Fixtures.finding(verdicts.get(f), "", claims.toArray(Claim[]::new)));
    }
    out.sort(Comparator.comparing(Finding::verdict));
    return new ReportBuilder("sasil test").build(articles, List.of(), out);
  }
}
