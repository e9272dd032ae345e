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
import dev.sasil.report.ValueFormat;
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

  public MarkdownReportWriter() {
    this(Labels.standard());
  }

  public MarkdownReportWriter(Labels labels) {
    this.labels = labels;
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

  private void header(StringBuilder out, Report report) {
    ReportHeader h = report.header();
    out.append("# 사실 보고서: 기사 ").append(h.articles()).append("건 요약과 교차 확인\n\n");
    out.append("| 기사 | ").append(labels.verdict(Verdict.CONTRADICTION)).append(" | ")
        .append(labels.verdict(Verdict.AGREEMENT)).append(" | ").append(labels.verdict(Verdict.SINGLE_SOURCE))
        .append(" |\n|---:|---:|---:|---:|\n| ").append(h.articles()).append(" | ").append(h.contradictions())
        .append(" | ").append(h.agreements()).append(" | ").append(h.singleSource()).append(" |\n\n");
    out.append("- 기간: ").append(inline(labels.period(h))).append('\n');
    out.append("- 매체: ").append(inline(labels.outlets(h)))
        .append('\n');
    if (report.sources().hasCopies()) {
      out.append("- 사본: ").append(inline(labels.copies(report.sources()))).append(" (한 출처로 셈)\n");
    }
    out.append("- 생성: ").append(inline(h.generator())).append("\n\n");
  }

  private void articles(StringBuilder out, Report report) {
    out.append("## 기사와 요약\n\n");
    if (report.articles().isEmpty()) {
      out.append("기사가 없습니다.\n\n");
    }
    for (ReportArticle ra : report.articles()) {
      Article a = ra.article();
      out.append("### ").append(ra.number()).append(". ").append(inline(ra.displayTitle())).append("\n\n");
      out.append(code(a.id())).append(" · ").append(published(a)).append(" · 문장 ").append(a.sentences().size())
          .append("개");
      Optional<String> url = SafeUrl.linkable(a.url());
      if (url.isPresent()) {
        out.append(" · <").append(url.get()).append('>');
      } else if (a.url() != null && !a.url().isBlank()) {
        out.append(" · ").append(inline(a.url()));
      }
      out.append("\n\n");
      List<SummarySentence> sentences = ra.summary().sentences();
      if (sentences.isEmpty()) {
        out.append("요약할 문장이 없습니다.\n\n");
      } else {
        int n = 1;
        for (SummarySentence s : sentences) {
          out.append(n++).append(". ").append(inline(s.text())).append(" _(문장 ").append(s.index() + 1).append(")_\n");
        }
        out.append('\n');
      }
      if (!ra.summary().keywords().isEmpty()) {
        out.append("키워드: ")
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
    out.append("## 교차 확인\n\n");
    List<Finding> cross = report.crossSource();
    if (cross.isEmpty()) {
      out.append("둘 이상의 기사가 함께 말하는 사실을 찾지 못했습니다.\n\n");
    }
    for (Finding f : cross) {
      out.append("### ").append(labels.verdict(f.verdict())).append(": ").append(inline(f.subject())).append(" · ")
          .append(inline(labels.attribute(f.attribute())));
      if (labels.hasLabel(f.attribute())) {
        out.append(" (").append(code(f.attribute())).append(')');
      }
      out.append("\n\n");
      if (!f.qualifiers().isEmpty()) {
        out.append("조건: ").append(inline(String.join(", ", f.qualifiers()))).append("\n\n");
      }
      if (!f.explanation().isBlank()) {
        out.append(inline(f.explanation())).append("\n\n");
      }
      out.append("| 기사 | 값 | 근거 문장 |\n|---|---|---|\n");
      for (Claim c : f.claims()) {
        out.append("| ").append(source(c, report)).append(" | ").append(value(c)).append(" | ")
            .append(sentence(c, report)).append(" |\n");
      }
      out.append('\n');
    }
  }

  private void single(StringBuilder out, Report report) {
    out.append("## 단일 출처 주장\n\n");
    List<Finding> single = report.singleSource();
    if (single.isEmpty()) {
      out.append("한 기사만 말하는 주장이 없습니다.\n");
      return;
    }
    out.append("<details>\n<summary>한 기사에만 나오는 주장 ").append(single.size())
        .append("건 (다른 기사로 확인되지 않음)</summary>\n\n");
    out.append("| 주체 | 속성 | 값 | 기사 | 근거 문장 |\n|---|---|---|---|---|\n");
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
        + (d == null ? labels.unknownDate() : d.toString()) + ", 문장 " + (c.evidence().sentenceIndex() + 1) + ")";
  }

  private String value(Claim c) {
    String shown = ValueFormat.format(c.value());
    StringBuilder v = new StringBuilder("<b>").append(inline(shown)).append("</b>");
    if (!shown.equals(c.value().normalized())) {
      v.append(' ').append(code(c.value().normalized()));
    }
    if (!c.qualifiers().isEmpty()) {
      v.append(' ').append(inline(String.join(", ", c.qualifiers())));
    }
    if (c.isDerived()) {
      v.append(" (추론: ").append(inline(c.derivation())).append(')');
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
