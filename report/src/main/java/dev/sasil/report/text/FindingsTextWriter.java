package dev.sasil.report.text;

import static dev.sasil.report.markdown.MarkdownEscaper.inline;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.report.Labels;
import dev.sasil.report.Messages;
import dev.sasil.report.Report;
import dev.sasil.report.ReportBuilder;
import dev.sasil.report.ReportLanguage;
import dev.sasil.report.markdown.MarkdownReportWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Findings as a readable table, in plain text or Markdown: a header counting the verdicts (and,
 * when some articles are copies of others, one line saying which of which), then each finding with its verdict, explanation, and one row per claim (article, value, the value
 * as written, the sentence). Output uses {@code \n} line ends and ends with one. Stateless and
 * thread-safe.
 */
public final class FindingsTextWriter {

  /** Plain text or Markdown. */
  public enum Style {
    TEXT,
    MARKDOWN
  }

  private final Style style;
  private final ReportLanguage language;

  /** A writer of the style; Markdown in Korean. */
  public FindingsTextWriter(Style style) {
    this(style, ReportLanguage.KO);
  }

  /**
   * A writer of the style; Markdown speaks {@code language} and reads like the findings of a
   * Markdown report ({@link MarkdownReportWriter#writeFindings(Report)}), plain text stays a terse
   * listing of the normalized values for terminals and scripts.
   */
  public FindingsTextWriter(Style style, ReportLanguage language) {
    this.style = style;
    this.language = java.util.Objects.requireNonNull(language, "language");
  }

  public String write(List<Article> articles, List<Finding> findings) {
    return write(articles, SourceGroups.separate(), findings);
  }

  /** The findings, saying which articles are copies counted as one source. */
  public String write(List<Article> articles, SourceGroups sources, List<Finding> findings) {
    if (style == Style.MARKDOWN) {
      Report report = new ReportBuilder("sasil").build(articles, List.of(), findings, sources);
      return new MarkdownReportWriter(Labels.of(language)).writeFindings(report);
    }
    StringBuilder b = new StringBuilder();
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    findings.forEach(f -> counts.merge(f.verdict(), 1, Integer::sum));
    Messages en = Messages.of(ReportLanguage.EN); // the plain-text listing is for terminals and scripts: English
    String summary = en.get("compare.counts", en.count("count.article", articles.size()),
        en.count("count.finding", findings.size()), en.count("count.contradiction", counts.getOrDefault(Verdict.CONTRADICTION, 0)),
        en.count("count.agreement", counts.getOrDefault(Verdict.AGREEMENT, 0)), counts.getOrDefault(Verdict.SINGLE_SOURCE, 0));
    if (style == Style.MARKDOWN) {
      b.append("# Cross-check\n\n").append(summary).append("\n\n");
      b.append("| Article | Published |\n|---|---|\n");
      for (Article a : articles) {
        b.append("| ").append(inline(a.id())).append(" | ").append(published(a)).append(" |\n");
      }
      b.append('\n');
      if (sources.hasCopies()) {
        b.append(inline(copies(sources))).append("\n\n");
      }
    } else {
      b.append(summary).append('\n');
      for (Article a : articles) {
        b.append("  ").append(a.id()).append("  published ").append(published(a)).append('\n');
      }
      if (sources.hasCopies()) {
        b.append("  ").append(copies(sources)).append('\n');
      }
    }
    for (Finding f : findings) {
      if (style == Style.MARKDOWN) {
        markdown(b, f);
      } else {
        text(b, f);
      }
    }
    return b.toString();
  }

  /** {@code Copies counted as one source: a3 is a copy of a1; a5, a6 are copies of a2}. */
  private static String copies(SourceGroups sources) {
    List<String> parts = new ArrayList<>();
    for (SourceGroup g : sources.groups()) {
      parts.add(String.join(", ", g.copies()) + (g.copies().size() == 1 ? " is a copy of " : " are copies of ")
          + g.source());
    }
    return "Copies counted as one source: " + String.join("; ", parts);
  }

  private static String published(Article a) {
    return a.published().isKnown()
        ? a.published().date() + " (" + a.published().source().jsonName() + ")"
        : "unknown";
  }

  private static String title(Finding f) {
    String q = f.qualifiers().isEmpty() ? "" : " [" + String.join(", ", f.qualifiers()) + "]";
    return f.subject() + " · " + f.attribute() + q;
  }

  private static void text(StringBuilder b, Finding f) {
    b.append('\n').append(f.verdict().jsonName().toUpperCase(Locale.ROOT)).append("  ").append(title(f)).append('\n');
    if (!f.explanation().isEmpty()) {
      b.append("  ").append(f.explanation()).append('\n');
    }
    int idWidth = f.claims().stream().mapToInt(c -> c.evidence().articleId().length()).max().orElse(0);
    int valueWidth = f.claims().stream().mapToInt(c -> c.value().normalized().length()).max().orElse(0);
    for (Claim c : f.claims()) {
      b.append("  ").append(pad(c.evidence().articleId(), idWidth)).append("  ")
          .append(pad(c.value().normalized(), valueWidth)).append("  «").append(c.evidence().text()).append("»  ")
          .append(c.evidence().sentence().strip()).append('\n');
      if (c.isDerived()) {
        b.append("  ").append(" ".repeat(idWidth + valueWidth + 4)).append("derived: ").append(c.derivation()).append('\n');
      }
    }
  }

  private static void markdown(StringBuilder b, Finding f) {
    b.append("## ").append(f.verdict().jsonName()).append(": ").append(inline(title(f))).append("\n\n");
    if (!f.explanation().isEmpty()) {
      b.append(inline(f.explanation())).append("\n\n");
    }
    b.append("| Article | Value | As written | Sentence |\n|---|---|---|---|\n");
    for (Claim c : f.claims()) {
      String value = c.value().normalized() + (c.isDerived() ? " (derived: " + c.derivation() + ")" : "");
      b.append("| ").append(inline(c.evidence().articleId())).append(" | ").append(inline(value)).append(" | ")
          .append(inline(c.evidence().text())).append(" | ").append(inline(c.evidence().sentence().strip())).append(" |\n");
    }
    b.append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
