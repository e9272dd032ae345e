package dev.sasil.report.html;

import static dev.sasil.report.html.HtmlEscaper.escape;

import dev.sasil.core.Article;
import dev.sasil.core.Published;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.report.Labels;
import dev.sasil.report.Report;
import dev.sasil.report.ReportArticle;
import dev.sasil.report.ReportHeader;
import dev.sasil.report.ReportWriter;
import dev.sasil.report.SafeUrl;
import dev.sasil.report.ValueFormat;
import dev.sasil.report.ValueSpan;
import dev.sasil.summarizer.Keyword;
import dev.sasil.summarizer.SummarySentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report as one self-contained HTML page: inline CSS, an inline SVG timeline, no script, no
 * external font or image, a Content-Security-Policy that forbids scripts and network access.
 * Every string that comes from an article goes through {@link HtmlEscaper}; URLs become links
 * only when they are http(s). Stateless and thread-safe; the stylesheet is read once.
 */
public final class HtmlReportWriter implements ReportWriter {

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private final Labels labels;

  public HtmlReportWriter() {
    this(Labels.standard());
  }

  public HtmlReportWriter(Labels labels) {
    this.labels = labels;
  }

  private static final class Css {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
        if (in == null) {
          throw new IllegalStateException("missing resource report.css");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read report.css", e);
      }
    }
  }

  @Override
  public String write(Report report) {
    ReportHeader h = report.header();
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"generator\" content=\"").append(escape(h.generator())).append("\">\n")
        .append("<title>사실 보고서: 기사 ").append(h.articles()).append("건</title>\n")
        .append("<style>\n").append(Css.TEXT).append("\n</style>\n</head>\n<body>\n<div class=\"page\">\n");
    header(out, h, report);
    out.append("<main>\n");
    timeline(out, report);
    articles(out, report);
    findings(out, report);
    single(out, report);
    out.append("</main>\n<footer>").append(escape(h.generator()))
        .append("로 만든 보고서입니다. 인용 문장은 기사 본문 그대로이며, 표시한 값은 자동으로 추출·정규화한 것입니다.</footer>\n")
        .append("</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(StringBuilder out, ReportHeader h, Report report) {
    out.append("<header class=\"top\">\n<p class=\"kicker\">사실 <small>Sasil report</small></p>\n")
        .append("<h1>기사 ").append(h.articles()).append("건 요약과 교차 확인</h1>\n<ul class=\"stats\">")
        .append("<li><strong>").append(h.articles()).append("</strong>기사</li>")
        .append("<li class=\"contradiction\"><strong>").append(h.contradictions()).append("</strong>")
        .append(labels.verdict(Verdict.CONTRADICTION)).append("</li>")
        .append("<li class=\"agreement\"><strong>").append(h.agreements()).append("</strong>")
        .append(labels.verdict(Verdict.AGREEMENT)).append("</li>")
        .append("<li><strong>").append(h.singleSource()).append("</strong>")
        .append(labels.verdict(Verdict.SINGLE_SOURCE)).append("</li></ul>\n<dl class=\"meta\">\n");
    out.append("<dt>기간</dt><dd>").append(escape(labels.period(h))).append("</dd>\n");
    out.append("<dt>매체</dt><dd>")
        .append(escape(labels.outlets(h)))
        .append("</dd>\n");
    if (report.sources().hasCopies()) {
      out.append("<dt>사본</dt><dd>").append(escape(labels.copies(report.sources())))
          .append(" (한 출처로 셈)</dd>\n");
    }
    out.append("<dt>생성</dt><dd>").append(escape(h.generator())).append("</dd>\n</dl>\n");
    out.append("<nav class=\"toc\"><a href=\"#timeline\">타임라인</a><a href=\"#articles\">기사와 요약</a><a href=\"#findings\">교차 확인</a>")
        .append("<a href=\"#single\">단일 출처 주장</a></nav>\n</header>\n");
    if (report.articles().isEmpty()) {
      out.append("<p class=\"empty\">기사가 없습니다.</p>\n");
    }
  }

  private void timeline(StringBuilder out, Report report) {
    out.append("<section id=\"timeline\">\n<h2>한눈에 보기 <small>Timeline</small></h2>\n")
        .append("<figure class=\"timeline-figure\">\n<div class=\"scroll\">\n")
        .append(new TimelineSvg(labels).render(report))
        .append("\n</div>\n<figcaption>기사마다 한 줄: 날짜가 정해진 주장을 시간 순으로 놓았습니다. ")
        .append("같은 사실에 대한 주장은 선으로 이어지며, 일치하면 세로로 나란하고 엇갈리면 붉은 점선이 기웁니다. ")
        .append("표시를 누르면 해당 확인 결과로 갑니다.</figcaption>\n</figure>\n</section>\n");
  }

  private void articles(StringBuilder out, Report report) {
    out.append("<section id=\"articles\">\n<h2>기사와 요약 <small>Articles</small></h2>\n<div class=\"articles\">\n");
    for (ReportArticle ra : report.articles()) {
      Article a = ra.article();
      out.append("<article class=\"article\" id=\"a").append(ra.number()).append("\">\n<h3><span class=\"num\">")
          .append(ra.number()).append("</span><span dir=\"auto\">").append(escape(ra.displayTitle()))
          .append("</span></h3>\n<p class=\"byline\"><code>").append(escape(a.id())).append("</code> · ");
      published(out, a.published());
      Optional<String> url = SafeUrl.linkable(a.url());
      if (url.isPresent()) {
        out.append(" · <a href=\"").append(escape(url.get())).append("\" rel=\"noopener noreferrer nofollow\">")
            .append(escape(url.get())).append("</a>");
      } else if (a.url() != null && !a.url().isBlank()) {
        out.append(" · <span dir=\"auto\">").append(escape(a.url())).append("</span>");
      }
      out.append(" · 문장 ").append(a.sentences().size()).append("개</p>\n");
      List<SummarySentence> sentences = ra.summary().sentences();
      if (sentences.isEmpty()) {
        out.append("<p class=\"empty\">요약할 문장이 없습니다.</p>\n");
      } else {
        out.append("<ol class=\"summary\">\n");
        for (SummarySentence s : sentences) {
          out.append("<li dir=\"auto\">").append(escape(s.text())).append("<span class=\"idx\">문장 ")
              .append(s.index() + 1).append("</span></li>\n");
        }
        out.append("</ol>\n");
      }
      List<Keyword> keywords = ra.summary().keywords();
      if (!keywords.isEmpty()) {
        out.append("<p class=\"keywords\"><span class=\"label\">키워드</span>");
        for (Keyword k : keywords) {
          out.append("<span class=\"kw\" dir=\"auto\">").append(escape(k.text())).append("</span>");
        }
        out.append("</p>\n");
      }
      out.append("</article>\n");
    }
    out.append("</div>\n</section>\n");
  }

  private void published(StringBuilder out, Published p) {
    if (!p.isKnown()) {
      out.append("<span class=\"unknown\">").append(escape(labels.unknownDate())).append("</span>");
      return;
    }
    out.append("<time datetime=\"").append(p.date()).append("\">").append(p.date()).append("</time> (")
        .append(escape(labels.dateSource(p.source()))).append(")");
  }

  private void findings(StringBuilder out, Report report) {
    out.append("<section id=\"findings\">\n<h2>교차 확인 <small>Cross-source findings</small></h2>\n");
    List<Finding> cross = report.crossSource();
    if (cross.isEmpty()) {
      out.append("<p class=\"empty\">둘 이상의 기사가 함께 말하는 사실을 찾지 못했습니다.</p>\n");
    }
    findings(out, report, false);
    out.append("</section>\n");
  }

  private void single(StringBuilder out, Report report) {
    List<Finding> single = report.singleSource();
    out.append("<section id=\"single\">\n<h2>단일 출처 주장 <small>Single-source claims</small></h2>\n");
    if (single.isEmpty()) {
      out.append("<p class=\"empty\">한 기사만 말하는 주장이 없습니다.</p>\n</section>\n");
      return;
    }
    out.append("<details class=\"single\">\n<summary>한 기사에만 나오는 주장 ").append(single.size())
        .append("건 (다른 기사로 확인되지 않음)</summary>\n");
    findings(out, report, true);
    out.append("</details>\n</section>\n");
  }

  /** The findings that are (or are not) single-source, each with the anchor of its place in the report. */
  private void findings(StringBuilder out, Report report, boolean singleSource) {
    List<Finding> all = report.findings();
    for (int i = 0; i < all.size(); i++) {
      if ((all.get(i).verdict() == Verdict.SINGLE_SOURCE) == singleSource) {
        finding(out, all.get(i), anchor(i), report);
      }
    }
  }

  /** The element id of the report's finding at {@code index}: {@code f1}, {@code f2}, … */
  static String anchor(int index) {
    return "f" + (index + 1);
  }

  private void finding(StringBuilder out, Finding f, String anchor, Report report) {
    String kind = f.verdict().jsonName();
    out.append("<article class=\"finding ").append(kind).append("\" id=\"").append(anchor).append("\">\n")
        .append("<h3><span class=\"badge ").append(kind).append("\">")
        .append(escape(labels.verdict(f.verdict()))).append("</span><span dir=\"auto\">")
        .append(escape(f.subject())).append("</span> · ").append(escape(labels.attribute(f.attribute())));
    if (labels.hasLabel(f.attribute())) {
      out.append(" <code>").append(escape(f.attribute())).append("</code>");
    }
    out.append("</h3>\n");
    if (!f.qualifiers().isEmpty()) {
      out.append("<p class=\"qualifiers\">조건: <span dir=\"auto\">").append(escape(String.join(", ", f.qualifiers())))
          .append("</span></p>\n");
    }
    if (!f.explanation().isBlank()) {
      out.append("<p class=\"explanation\" dir=\"auto\">").append(escape(f.explanation())).append("</p>\n");
    }
    out.append("<ul class=\"claims\">\n");
    for (Claim c : f.claims()) {
      claim(out, c, report);
    }
    out.append("</ul>\n</article>\n");
  }

  private void claim(StringBuilder out, Claim c, Report report) {
    Optional<ReportArticle> ra = report.article(c.evidence().articleId());
    out.append("<li class=\"claim\">\n<div class=\"source\">");
    if (ra.isPresent()) {
      out.append("<a href=\"#a").append(ra.get().number()).append("\">").append(ra.get().number()).append(". <span dir=\"auto\">")
          .append(escape(dev.sasil.report.TextFit.shorten(ra.get().displayTitle(), 40))).append("</span></a>");
      PartialDate d = ra.get().article().published().date();
      out.append("<span class=\"date\">").append(escape(d == null ? labels.unknownDate() : d.toString()))
          .append(" · 문장 ").append(c.evidence().sentenceIndex() + 1).append("</span>");
    } else {
      out.append("<code>").append(escape(c.evidence().articleId())).append("</code>");
    }
    String shown = ValueFormat.format(c.value());
    out.append("</div>\n<div class=\"value\"><strong>").append(escape(shown)).append("</strong>");
    List<String> notes = new ArrayList<>();
    if (!shown.equals(c.value().normalized())) {
      notes.add("<code>" + escape(c.value().normalized()) + "</code>");
    }
    if (!c.qualifiers().isEmpty()) {
      notes.add("<span dir=\"auto\">" + escape(String.join(", ", c.qualifiers())) + "</span>");
    }
    if (!notes.isEmpty()) {
      out.append("<span class=\"norm\">").append(String.join(" ", notes)).append("</span>");
    }
    if (c.isDerived()) {
      out.append("<span class=\"derived\">추론: <span dir=\"auto\">").append(escape(c.derivation())).append("</span></span>");
    }
    out.append("</div>\n<blockquote dir=\"auto\">");
    ValueSpan span = ValueSpan.of(c.evidence(), ra.map(ReportArticle::article).orElse(null));
    out.append(escape(span.before()));
    if (span.found()) {
      out.append("<mark>").append(escape(span.value())).append("</mark>").append(escape(span.after()));
    }
    out.append("</blockquote>\n</li>\n");
  }
}
