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
import dev.sasil.report.FindingExplainer;
import dev.sasil.report.Messages;
import dev.sasil.report.ValueSpan;
import dev.sasil.summarizer.Keyword;
import dev.sasil.summarizer.SummarySentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private final Messages m;
  private final FindingExplainer explainer;

  public HtmlReportWriter() {
    this(Labels.standard());
  }

  public HtmlReportWriter(Labels labels) {
    this.labels = labels;
    this.m = labels.messages();
    this.explainer = new FindingExplainer(labels);
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
    out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"generator\" content=\"").append(escape(h.generator())).append("\">\n")
        .append("<title>").append(escape(m.get("report.html.title", m.count("count.article", h.articles()))))
        .append("</title>\n")
        .append("<style>\n").append(Css.TEXT).append("\n</style>\n</head>\n<body>\n<div class=\"page\">\n");
    header(out, h, report);
    out.append("<main>\n");
    timeline(out, report);
    articles(out, report);
    findings(out, report);
    single(out, report);
    out.append("</main>\n<footer>").append(escape(m.get("footer", h.generator()))).append("</footer>\n")
        .append("</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(StringBuilder out, ReportHeader h, Report report) {
    out.append("<header class=\"top\">\n<p class=\"kicker\">").append(escape(m.get("report.kicker"))).append("</p>\n")
        .append("<h1>").append(escape(m.get("report.heading", m.count("count.article", h.articles()))))
        .append("</h1>\n<ul class=\"stats\">")
        .append("<li><strong>").append(h.articles()).append("</strong>").append(escape(m.get("stats.articles")))
        .append("</li>")
        .append("<li class=\"contradiction\"><strong>").append(h.contradictions()).append("</strong>")
        .append(labels.verdict(Verdict.CONTRADICTION)).append("</li>")
        .append("<li class=\"agreement\"><strong>").append(h.agreements()).append("</strong>")
        .append(labels.verdict(Verdict.AGREEMENT)).append("</li>")
        .append("<li><strong>").append(h.singleSource()).append("</strong>")
        .append(labels.verdict(Verdict.SINGLE_SOURCE)).append("</li></ul>\n<dl class=\"meta\">\n");
    out.append("<dt>").append(m.get("meta.period")).append("</dt><dd>").append(escape(labels.period(h)))
        .append("</dd>\n");
    out.append("<dt>").append(m.get("meta.outlets")).append("</dt><dd>")
        .append(escape(labels.outlets(h)))
        .append("</dd>\n");
    if (report.sources().hasCopies()) {
      out.append("<dt>").append(m.get("meta.copies")).append("</dt><dd>").append(escape(labels.copies(report.sources())))
          .append(' ').append(escape(m.get("meta.copies.note"))).append("</dd>\n");
    }
    out.append("<dt>").append(m.get("meta.generator")).append("</dt><dd>").append(escape(h.generator()))
        .append("</dd>\n</dl>\n");
    out.append("<nav class=\"toc\"><a href=\"#timeline\">").append(m.get("toc.timeline"))
        .append("</a><a href=\"#articles\">").append(m.get("section.articles"))
        .append("</a><a href=\"#findings\">").append(m.get("section.findings"))
        .append("</a><a href=\"#single\">").append(m.get("section.single")).append("</a></nav>\n</header>\n");
    if (report.articles().isEmpty()) {
      out.append("<p class=\"empty\">").append(m.get("empty.articles")).append("</p>\n");
    }
  }

  private void timeline(StringBuilder out, Report report) {
    TimelineSvg.Figure figure = new TimelineSvg(labels).render(report);
    out.append("<section id=\"timeline\">\n<h2>").append(m.get("section.timeline")).append("</h2>\n")
        .append("<figure class=\"timeline-figure\">\n<div class=\"scroll\">\n")
        .append(figure.svg())
        .append("\n</div>\n").append(figure.legend().isEmpty() ? "" : figure.legend() + "\n").append("<figcaption>").append(escape(m.get("timeline.caption")))
        .append("</figcaption>\n</figure>\n</section>\n");
  }

  private void articles(StringBuilder out, Report report) {
    out.append("<section id=\"articles\">\n<h2>").append(m.get("section.articles"))
        .append("</h2>\n<div class=\"articles\">\n");
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
      out.append(" · ").append(escape(m.count("count.sentences", a.sentences().size()))).append("</p>\n");
      List<SummarySentence> sentences = ra.summary().sentences();
      if (sentences.isEmpty()) {
        out.append("<p class=\"empty\">").append(m.get("empty.summary")).append("</p>\n");
      } else {
        out.append("<ol class=\"summary\">\n");
        for (SummarySentence s : sentences) {
          out.append("<li dir=\"auto\">").append(escape(s.text())).append("<span class=\"idx\">")
              .append(escape(m.get("sentence.number", s.index() + 1))).append("</span></li>\n");
        }
        out.append("</ol>\n");
      }
      List<Keyword> keywords = ra.summary().keywords();
      if (!keywords.isEmpty()) {
        out.append("<p class=\"keywords\"><span class=\"label\">").append(m.get("keywords")).append("</span>");
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
    out.append("<section id=\"findings\">\n<h2>").append(m.get("section.findings")).append("</h2>\n");
    List<Finding> cross = report.crossSource();
    if (cross.isEmpty()) {
      out.append("<p class=\"empty\">").append(m.get("empty.findings")).append("</p>\n");
    }
    findings(out, report, false);
    out.append("</section>\n");
  }

  private void single(StringBuilder out, Report report) {
    List<Finding> single = report.singleSource();
    out.append("<section id=\"single\">\n<h2>").append(m.get("section.single")).append("</h2>\n");
    if (single.isEmpty()) {
      out.append("<p class=\"empty\">").append(m.get("empty.single")).append("</p>\n</section>\n");
      return;
    }
    out.append("<details class=\"single\">\n<summary>")
        .append(escape(m.get("single.summary", m.count("count.claim", single.size())))).append("</summary>\n");
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
    boolean inferred = FindingExplainer.isInferred(f);
    out.append("<article class=\"finding ").append(kind).append(inferred ? " inferred" : "").append("\" id=\"")
        .append(anchor).append("\">\n")
        .append("<h3><span class=\"badge ").append(kind).append("\">")
        .append(escape(labels.verdict(f.verdict()))).append("</span><span dir=\"auto\">")
        .append(escape(f.subject())).append("</span> · ");
    if (labels.hasLabel(f.attribute())) {
      out.append(escape(labels.attribute(f.attribute())));
    } else { // named by the article's own noun (성장률, 금메달)
      out.append("<span dir=\"auto\">").append(escape(f.attribute())).append("</span>");
    }
    if (inferred) {
      out.append(" <span class=\"badge inferred\">").append(escape(m.get("inferred.badge"))).append("</span>");
    }
    out.append("</h3>\n");
    String conditions = labels.qualifiers(f.qualifiers());
    if (!conditions.isEmpty()) {
      out.append("<p class=\"qualifiers\" dir=\"auto\">").append(escape(m.get("conditions", conditions))).append("</p>\n");
    }
    out.append("<p class=\"explanation\" dir=\"auto\">").append(escape(explainer.explain(f, report))).append("</p>\n");
    out.append("<ul class=\"claims\">\n");
    for (Claim c : f.claims()) {
      claim(out, c, report);
    }
    out.append("</ul>\n</article>\n");
  }

  private void claim(StringBuilder out, Claim c, Report report) {
    Optional<ReportArticle> ra = report.article(c.evidence().articleId());
    out.append("<li class=\"claim").append(c.isDerived() ? " inferred" : "").append("\">\n<div class=\"source\">");
    if (ra.isPresent()) {
      out.append("<a href=\"#a").append(ra.get().number()).append("\">").append(ra.get().number()).append(". <span dir=\"auto\">")
          .append(escape(dev.sasil.report.TextFit.shorten(ra.get().displayTitle(), 40))).append("</span></a>");
      PartialDate d = ra.get().article().published().date();
      out.append("<span class=\"date\">").append(escape(d == null ? labels.unknownDate() : d.toString()))
          .append(" · ").append(escape(m.get("sentence.number", c.evidence().sentenceIndex() + 1))).append("</span>");
    } else {
      out.append("<code>").append(escape(c.evidence().articleId())).append("</code>");
    }
    out.append("</div>\n<div class=\"value\"><strong><data value=\"").append(escape(c.value().normalized()))
        .append("\">").append(escape(labels.value(c.value()))).append("</data></strong>");
    String qualifiers = labels.qualifiers(c.qualifiers());
    if (!qualifiers.isEmpty()) {
      out.append("<span class=\"norm\" dir=\"auto\">").append(escape(qualifiers)).append("</span>");
    }
    if (c.isDerived()) {
      // the words quoted from the article are marked as such: the rest is the report's language
      String how = escape(m.get("inferred.how")) // {0} left in: it becomes the quote's element
          .replace("{0}", "<span class=\"quote\" dir=\"auto\">" + escape(c.evidence().text().strip()) + "</span>");
      out.append("<span class=\"derived\">").append(escape(m.get("inferred"))).append(": ").append(how).append("</span>");
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
