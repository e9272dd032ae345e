package dev.sasil.report;

import dev.sasil.core.DateSource;
import dev.sasil.core.resource.ResourceLines;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words a report shows people: Korean names of verdicts, date sources and attributes.
 * Attribute names come from {@code attributes.txt} (one {@code attribute<TAB>label} a line,
 * {@code #} comments); an attribute without a label is shown as it is. Immutable and
 * thread-safe; {@link #standard()} is loaded once.
 */
public final class Labels {

  private static final String RESOURCE = "attributes.txt";

  private final Map<String, String> attributes;

  Labels(Map<String, String> attributes) {
    this.attributes = Map.copyOf(attributes);
  }

  private static final class Holder {
    static final Labels STANDARD = load();
  }

  /** The bundled labels. */
  public static Labels standard() {
    return Holder.STANDARD;
  }

  private static Labels load() {
    return new Labels(parse(ResourceLines.read(Labels.class, RESOURCE)));
  }

  /** Parses {@code attribute<TAB>label} lines (as {@link ResourceLines} gives them). */
  static Map<String, String> parse(List<ResourceLines.Line> lines) {
    Map<String, String> out = new TreeMap<>();
    for (ResourceLines.Line line : lines) {
      String t = line.text().strip();
      int tab = t.indexOf('\t');
      if (tab <= 0 || tab == t.length() - 1) {
        throw ResourceLines.malformed(RESOURCE, line, "expected attribute<TAB>label");
      }
      String key = t.substring(0, tab).strip();
      if (out.put(key, t.substring(tab + 1).strip()) != null) {
        throw ResourceLines.malformed(RESOURCE, line, "duplicate attribute '" + key + "'");
      }
    }
    return out;
  }

  /** {@code 설립} for {@code founded}; the attribute itself when there is no label. */
  public String attribute(String attribute) {
    return attributes.getOrDefault(attribute, attribute);
  }

  /** Whether the attribute has a label of its own. */
  public boolean hasLabel(String attribute) {
    return attributes.containsKey(attribute);
  }

  /** {@code 엇갈림}, {@code 일치}, {@code 단일 출처}. */
  public String verdict(Verdict v) {
    return switch (v) {
      case CONTRADICTION -> "엇갈림";
      case AGREEMENT -> "일치";
      case SINGLE_SOURCE -> "단일 출처";
    };
  }

  /** Where a publication date came from, for people. */
  public String dateSource(DateSource s) {
    return switch (s) {
      case OPTION -> "--published 옵션";
      case METADATA -> "입력 메타데이터";
      case HTML -> "HTML 메타데이터";
      case TEXT -> "본문 날짜";
    };
  }

  /** What a report says for an unknown publication date. */
  public String unknownDate() {
    return "날짜 미상";
  }

  /**
   * The period a report covers, for its header: {@code 2023-12-06 – 2024-03-13 (날짜 미상 1건)},
   * or {@link #unknownDate()} when no article is dated.
   */
  public String period(ReportHeader h) {
    if (h.dateRange().isEmpty()) {
      return unknownDate();
    }
    return h.undated() > 0 ? h.dateRange() + " (" + unknownDate() + " " + h.undated() + "건)" : h.dateRange();
  }

  /**
   * Which articles are copies of which, for a report header: {@code a3은(는) a1의 사본; a5, a6은(는)
   * a2의 사본}; empty when there are no copies.
   */
  public String copies(SourceGroups sources) {
    return String.join("; ", sources.groups().stream().map(Labels::copies).toList());
  }

  private static String copies(SourceGroup g) {
    return String.join(", ", g.copies()) + "은(는) " + g.source() + "의 사본";
  }

  /** The outlets of a report, comma-separated, or what to say when no article has a URL. */
  public String outlets(ReportHeader h) {
    return h.outlets().isEmpty() ? "알 수 없음 (URL 없음)" : String.join(", ", h.outlets());
  }
}
