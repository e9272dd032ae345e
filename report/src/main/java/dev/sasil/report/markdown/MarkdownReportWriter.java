package dev.sasil.report.markdown;

import static dev.sasil.report.markdown.MarkdownEscaper.inline;

import dev.sasil.core.Article;
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
import dev.sasil.summarizer.SummarySentence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report as GitHub-flavoured Markdown: the header, each article with its summary and
 * keywords, the cross-source findings as tables (contradictions first), and the single-source
 * claims in a collapsed {@code <details>} table. Article text is escaped with {@link
 * MarkdownEscaper}; the value span in a cited sentence is set in {@code <b>}, which unlike
 * {@code **} works next to Korean particles and punctuation. Stateless and thread-safe.
 */
public final class MarkdownReportWriter implements ReportWriter {

  private final Labels labels;
  private final Messages m;
  private final FindingExplainer explainer;

  public MarkdownReportWriter() {
    this(Labels.standard());
  }

  public MarkdownReportWriter(Labels labels) {
    this.labels = labels;
    this.m = labels.messages();
    this.explainer = new FindingExplainer(labels);
  }

  @Override
  public String write(Report report) {
    StringBuilder out = new StringBuilder(16 * 1024);
    header(out, report);
    articles(out, report);
    cross(out, report);
    single(out, report);
    return out.toString();
  }

  /**
   * The findings alone, as {@code sasil compare --format md} writes them: a title, the counts,
   * the articles with their dates, then the findings as in a report (single sources not
   * collapsed).
   */
  public String writeFindings(Report report) {
    StringBuilder out = new StringBuilder(16 * 1024);
    ReportHeader h = report.header();
    out.append("# ").append(m.get("section.findings")).append("\n\n")
        .append(m.get("compare.counts", m.count("count.article", h.articles()), m.count("count.finding", h.findings()),
            m.count("count.contradiction", h.contradictions()), m.count("count.agreement", h.agreements()),
            h.singleSource()))
        .append("\n\n| ").append(m.get("column.article")).append(" | ").append(m.get("column.published"))
        .append(" |\n|---|---|\n");
    for (ReportArticle ra : report.articles()) {
      out.append("| ").append(ra.number()).append(". ").append(code(ra.id())).append(" | ").append(published(ra.article()))
          .append(" |\n");
    }
    out.append('\n');
    if (report.sources().hasCopies()) {
      out.append(m.get("meta.copies")).append(": ").append(inline(labels.copies(report.sources()))).append(' ')
          .append(m.get("meta.copies.note")).append("\n\n");
    }
    for (Finding f : report.findings()) {
      finding(out, f, report);
    }
    return out.toString();
  }

  private void header(StringBuilder out, Report report) {
    ReportHeader h = report.header();
    out.append("# ").append(m.get("report.title", m.count("count.article", h.articles()))).append("\n\n");
    out.append("| ").append(m.get("column.article")).append(" | ").append(labels.verdict(Verdict.CONTRADICTION)).append(" | ")
        .append(labels.verdict(Verdict.AGREEMENT)).append(" | ").append(labels.verdict(Verdict.SINGLE_SOURCE))
        .append(" |\n|---:|---:|---:|---:|\n| ").append(h.articles()).append(" | ").append(h.contradictions())
        .append(" | ").append(h.agreements()).append(" | ").append(h.singleSource()).append(" |\n\n");
    out.append("- ").append(m.get("meta.period")).append(": ").append(inline(labels.period(h))).append('\n');
    out.append("- ").append(m.get("meta.outlets")).append(": ").append(inline(labels.outlets(h))).append('\n');
    if (report.sources().hasCopies()) {
      out.append("- ").append(m.get("meta.copies")).append(": ").append(inline(labels.copies(report.sources())))
          .append(' ').append(m.get("meta.copies.note")).append('\n');
    }
    out.append("- ").append(m.get("meta.generator")).append(": ").append(inline(h.generator())).append("\n\n");
  }

  private void articles(StringBuilder out, Report report) {
    out.append("## ").append(m.get("section.articles")).append("\n\n");
    if (report.articles().isEmpty()) {
      out.append(m.get("empty.articles")).append("\n\n");
    }
    for (ReportArticle ra : report.articles()) {
      Article a = ra.article();
      out.append("### ").append(ra.number()).append(". ").append(inline(ra.displayTitle())).append("\n\n");
      out.append(code(a.id())).append(" · ").append(published(a)).append(" · ")
          .append(m.count("count.sentences", a.sentences().size()));
      Optional<String> url = SafeUrl.linkable(a.url());
      if (url.isPresent()) {
        out.append(" · <").append(url.get()).append('>');
      } else if (a.url() != null && !a.url().isBlank()) {
        out.append(" · ").append(inline(a.url()));
      }
      out.append("\n\n");
      List<SummarySentence> sentences = ra.summary().sentences();
      if (sentences.isEmpty()) {
        out.append(m.get("empty.summary")).append("\n\n");
      } else {
        int n = 1;
        for (SummarySentence s : sentences) {
          out.append(n++).append(". ").append(inline(s.text())).append(" _(").append(m.get("sentence.number", s.index() + 1))
              .append(")_\n");
        }
        out.append('\n');
      }
      if (!ra.summary().keywords().isEmpty()) {
        out.append(m.get("keywords")).append(": ")
            .append(ra.summary().keywords().stream().map(k -> inline(k.text())).collect(Collectors.joining(" · ")))
            .append("\n\n");
      }
    }
  }

  private String published(Article a) {
    if (!a.published().isKnown()) {
      return labels.unknownDate();
    }
    return a.published().date() + " (" + inline(labels.dateSource(a.published().source())) + ")";
  }

  private void cross(StringBuilder out, Report report) {
    out.append("## ").append(m.get("section.findings")).append("\n\n");
    List<Finding> cross = report.crossSource();
    if (cross.isEmpty()) {
      out.append(m.get("empty.findings")).append("\n\n");
    }
    for (Finding f : cross) {
      finding(out, f, report);
    }
  }

  private void finding(StringBuilder out, Finding f, Report report) {
    out.append("### ").append(labels.verdict(f.verdict())).append(": ").append(inline(f.subject())).append(" · ")
        .append(inline(labels.attribute(f.attribute())));
    if (FindingExplainer.isInferred(f)) {
      out.append(" _(").append(m.get("inferred.badge")).append(")_");
    }
    out.append("\n\n");
    String conditions = labels.qualifiers(f.qualifiers());
    if (!conditions.isEmpty()) {
      out.append(inline(m.get("conditions", conditions))).append("\n\n");
    }
    out.append(inline(explainer.explain(f, report))).append("\n\n");
    out.append("| ").append(m.get("column.article")).append(" | ").append(m.get("column.value")).append(" | ")
        .append(m.get("column.sentence")).append(" |\n|---|---|---|\n");
    for (Claim c : f.claims()) {
      out.append("| ").append(source(c, report)).append(" | ").append(value(c)).append(" | ")
          .append(sentence(c, report)).append(" |\n");
    }
    out.append('\n');
  }

  private void single(StringBuilder out, Report report) {
    out.append("## ").append(m.get("section.single")).append("\n\n");
    List<Finding> single = report.singleSource();
    if (single.isEmpty()) {
      out.append(m.get("empty.single")).append('\n');
      return;
    }
    out.append("<details>\n<summary>").append(m.get("single.summary", m.count("count.claim", single.size())))
        .append("</summary>\n\n");
    out.append("| ").append(m.get("column.subject")).append(" | ").append(m.get("column.attribute")).append(" | ")
        .append(m.get("column.value")).append(" | ").append(m.get("column.article")).append(" | ")
        .append(m.get("column.sentence")).append(" |\n|---|---|---|---|---|\n");
    for (Finding f : single) {
      for (Claim c : f.claims()) {
        out.append("| ").append(inline(f.subject())).append(" | ").append(inline(labels.attribute(f.attribute())))
            .append(" | ").append(value(c)).append(" | ").append(source(c, report)).append(" | ")
            .append(sentence(c, report)).append(" |\n");
      }
    }
    out.append("\n</details>\n");
  }

  private String source(Claim c, Report report) {
    Optional<ReportArticle> ra = report.article(c.evidence().articleId());
    if (ra.isEmpty()) {
      return code(c.evidence().articleId());
    }
    PartialDate d = ra.get().article().published().date();
    return ra.get().number() + ". " + inline(dev.sasil.report.TextFit.shorten(ra.get().displayTitle(), 24)) + " ("
        + (d == null ? labels.unknownDate() : d.toString()) + ", " + m.get("sentence.number", c.evidence().sentenceIndex() + 1)
        + ")";
  }

  private String value(Claim c) {
    StringBuilder v = new StringBuilder("<b>").append(inline(labels.value(c.value()))).append("</b>");
    String qualifiers = labels.qualifiers(c.qualifiers());
    if (!qualifiers.isEmpty()) {
      v.append(' ').append(inline(qualifiers));
    }
    if (c.isDerived()) {
      v.append(" _(").append(m.get("inferred")).append(": ")
          .append(inline(m.get("inferred.how", c.evidence().text().strip()))).append(")_");
    }
    return v.toString();
  }

  private String sentence(Claim c, Report report) {
    ValueSpan span = ValueSpan.of(c.evidence(), report.article(c.evidence().articleId()).map(ReportArticle::article).orElse(null));
    if (!span.found()) {
      return inline(span.sentence());
    }
    return inline(span.before()) + "<b>" + inline(span.value()) + "</b>" + inline(span.after());
  }

  /** A code span; text with a backtick or a line break is written escaped instead. */
  private static String code(String s) {
    if (s.indexOf('`') >= 0 || s.chars().anyMatch(ch -> ch < 0x20) || s.isBlank()) {
      return inline(s);
    }
    return "`" + s.replace("|", "\\|") + "`";
  }
}
