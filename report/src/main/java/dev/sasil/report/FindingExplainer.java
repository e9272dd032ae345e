package dev.sasil.report;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finding explained to readers in the report's language, from its typed values (never from the
 * checker's English explanation): which values the sources give, what differs (the year, the
 * month, the day, the time, the figure), and what limits it (local time, an unknown year, an
 * inferred value, copies). Immutable and thread-safe.
 */
public final class FindingExplainer {

  private final Labels labels;

  public FindingExplainer(Labels labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  /** One or a few sentences about the finding. */
  public String explain(Finding f, Report report) {
    Messages m = labels.messages();
    List<String> out = new ArrayList<>();
    Map<String, List<String>> byValue = new LinkedHashMap<>();
    for (Claim c : f.claims()) {
      List<String> articles = byValue.computeIfAbsent(labels.value(c.value()), k -> new ArrayList<>());
      String n = number(c.evidence().articleId(), report);
      if (!articles.contains(n)) {
        articles.add(n);
      }
    }
    String sep = m.get("list.separator");
    switch (f.verdict()) {
      case CONTRADICTION -> {
        List<String> values = new ArrayList<>();
        byValue.forEach((v, articles) -> values.add(m.get("explain.value.of", v, String.join(sep, articles))));
        out.add(m.get("explain.contradiction", String.join(sep, values)));
        difference(f).ifPresent(out::add);
        if (f.claims().stream().allMatch(c -> c.qualifiers().contains("local"))) {
          out.add(m.get("explain.local.both"));
        }
      }
      case AGREEMENT -> {
        int articles = (int) f.claims().stream().map(c -> c.evidence().articleId()).distinct().count();
        String values = String.join(sep, byValue.keySet());
        out.add(m.get(byValue.size() == 1 ? "explain.agreement.same" : "explain.agreement.compatible", articles, values));
        if (f.claims().stream().anyMatch(c -> c.value() instanceof TimeValue t && !t.yearKnown())) {
          out.add(m.get("explain.year.unresolved"));
        }
        if (oneDayApart(f)) {
          out.add(m.get("explain.local.explains"));
        }
      }
      case SINGLE_SOURCE -> out.add(m.get("explain.single", String.join(sep, byValue.keySet())));
    }
    if (isInferred(f)) {
      out.add(m.get("explain.inferred"));
    }
    List<String> copies = new ArrayList<>();
    for (SourceGroup g : report.sources().groups()) {
      if (f.articleIds().contains(g.source()) || g.copies().stream().anyMatch(f.articleIds()::contains)) {
        copies.add(m.get("copies.one", String.join(sep, g.copies()), g.source()));
      }
    }
    if (!copies.isEmpty()) {
      out.add(m.get("explain.copies", String.join("; ", copies)));
    }
    return String.join(" ", out);
  }

  /** Whether some claim of the finding was inferred rather than read. */
  public static boolean isInferred(Finding f) {
    return f.claims().stream().anyMatch(Claim::isDerived);
  }

  private static String number(String articleId, Report report) {
    return report.article(articleId).map(a -> Integer.toString(a.number())).orElse(articleId);
  }

  /** What differs between the first two claims of different articles with different values. */
  private java.util.Optional<String> difference(Finding f) {
    for (Claim a : f.claims()) {
      for (Claim b : f.claims()) {
        if (!a.evidence().articleId().equals(b.evidence().articleId()) && !a.value().equals(b.value())) {
          return java.util.Optional.ofNullable(difference(a.value(), b.value()));
        }
      }
    }
    return java.util.Optional.empty();
  }

  private String difference(NormalizedValue a, NormalizedValue b) {
    Messages m = labels.messages();
    if (a instanceof Quantity && b instanceof Quantity) {
      return m.get("explain.differ.amount");
    }
    if (a instanceof ClockTime x && b instanceof ClockTime y && x.day().equals(y.day())) {
      return m.get("explain.differ.time", Math.abs(x.minutes() - y.minutes()));
    }
    TimeValue x = day(a);
    TimeValue y = day(b);
    if (x == null || y == null) {
      return null;
    }
    if (x.yearKnown() && y.yearKnown() && !x.year().equals(y.year())) {
      return m.get("explain.differ.year");
    }
    if (x.month() != null && y.month() != null && !x.month().equals(y.month())) {
      return m.get("explain.differ.month");
    }
    return x.day() != null && y.day() != null && !x.day().equals(y.day()) ? m.get("explain.differ.day") : null;
  }

  private static TimeValue day(NormalizedValue v) {
    return v instanceof ClockTime c ? c.day() : v instanceof TimeValue t ? t : null;
  }

  private static boolean oneDayApart(Finding f) {
    for (Claim a : f.claims()) {
      for (Claim b : f.claims()) {
        TimeValue x = day(a.value());
        TimeValue y = day(b.value());
        if (x != null && y != null && x.granularity() == Granularity.DAY && y.granularity() == Granularity.DAY
            && x.yearKnown() && y.yearKnown() && Math.abs(x.firstDay().toEpochDay() - y.firstDay().toEpochDay()) == 1) {
          return true;
        }
      }
    }
    return false;
  }
}
