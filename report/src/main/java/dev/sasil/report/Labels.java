package dev.sasil.report;

import dev.sasil.core.DateSource;
import dev.sasil.core.resource.ResourceLines;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The words a report shows people, in one language: its {@link Messages}, names of verdicts,
 * date sources, attributes and qualifiers, and values ({@link ValueFormat}). Attribute names come
 * from {@code attributes.txt} (one {@code attribute<TAB>Korean<TAB>English} a line, {@code #}
 * comments); an attribute without a label is shown as it is. Immutable and thread-safe; {@link
 * #of(ReportLanguage)} is loaded once per language.
 */
public final class Labels {

  private static final String RESOURCE = "attributes.txt";

  private final Messages messages;
  private final Map<String, String> attributes;
  private final ValueFormat values;

  Labels(Messages messages, Map<String, String> attributes) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.attributes = Map.copyOf(attributes);
    this.values = new ValueFormat(messages);
  }

  /** Korean labels from {@code attribute → label} (tests). */
  Labels(Map<String, String> attributes) {
    this(Messages.of(ReportLanguage.KO), attributes);
  }

  private static final class Holder {
    static final Map<ReportLanguage, Labels> ALL = load();

    private static Map<ReportLanguage, Labels> load() {
      Map<String, String[]> table = parseTable(ResourceLines.read(Labels.class, RESOURCE));
      Map<ReportLanguage, Labels> out = new EnumMap<>(ReportLanguage.class);
      for (ReportLanguage l : ReportLanguage.values()) {
        Map<String, String> names = new TreeMap<>();
        table.forEach((k, v) -> names.put(k, v[l.ordinal()]));
        out.put(l, new Labels(Messages.of(l), names));
      }
      return out;
    }
  }

  /** The bundled Korean labels. */
  public static Labels standard() {
    return of(ReportLanguage.KO);
  }

  /** The bundled labels of a language. */
  public static Labels of(ReportLanguage language) {
    return Holder.ALL.get(language);
  }

  /** Parses {@code attribute<TAB>label} lines (as {@link ResourceLines} gives them), Korean labels only. */
  static Map<String, String> parse(List<ResourceLines.Line> lines) {
    Map<String, String> out = new TreeMap<>();
    parseTable(lines).forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  /** {@code attribute → [Korean, English]}; a missing English label is the attribute with spaces for dots. */
  static Map<String, String[]> parseTable(List<ResourceLines.Line> lines) {
    Map<String, String[]> out = new TreeMap<>();
    for (ResourceLines.Line line : lines) {
      String[] parts = line.text().strip().split("\t");
      if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
        throw ResourceLines.malformed(RESOURCE, line, "expected attribute<TAB>Korean label<TAB>English label");
      }
      String key = parts[0].strip();
      String en = parts.length == 3 ? parts[2].strip() : key.replace('.', ' ');
      if (out.put(key, new String[] {parts[1].strip(), en}) != null) {
        throw ResourceLines.malformed(RESOURCE, line, "duplicate attribute '" + key + "'");
      }
    }
    return out;
  }

  /** The messages of this language. */
  public Messages messages() {
    return messages;
  }

  /** The language. */
  public ReportLanguage language() {
    return messages.language();
  }

  /** A value for readers ({@code 10억 달러}, {@code 2023년 4분기}). */
  public String value(NormalizedValue v) {
    return values.write(v);
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
    return messages.get("verdict." + v.jsonName());
  }

  /** Where a publication date came from, for people. */
  public String dateSource(DateSource s) {
    return messages.get("date.source." + s.jsonName());
  }

  /** What a report says for an unknown publication date. */
  public String unknownDate() {
    return messages.get("date.unknown");
  }

  /**
   * The period a report covers, for its header: {@code 2023-12-06 – 2024-03-13 (날짜 미상 1건)},
   * or {@link #unknownDate()} when no article is dated.
   */
  public String period(ReportHeader h) {
    if (h.dateRange().isEmpty()) {
      return unknownDate();
    }
    return h.undated() > 0 ? messages.get("period.undated", h.dateRange(), h.undated()) : h.dateRange();
  }

  /**
   * Which articles are copies of which, for a report header: {@code a3은(는) a1의 사본; a5, a6은(는)
   * a2의 사본}; empty when there are no copies.
   */
  public String copies(SourceGroups sources) {
    return String.join("; ", sources.groups().stream().map(this::copies).toList());
  }

  private String copies(SourceGroup g) {
    return messages.get("copies.one", String.join(", ", g.copies()), g.source());
  }

  /** The outlets of a report, comma-separated, or what to say when no article has a URL. */
  public String outlets(ReportHeader h) {
    return h.outlets().isEmpty() ? messages.get("outlets.none") : String.join(", ", h.outlets());
  }

  /**
   * A claim's qualifiers for readers: {@code from=오픈AI} is {@code 오픈AI에서}, {@code
   * period=2023-Q4} {@code 2023년 4분기 기준}, {@code scope=yoy} {@code 전년 대비}; a qualifier
   * this report has no words for is shown by its value alone, a flag without words not at all.
   */
  public String qualifiers(List<String> qualifiers) {
    List<String> out = new ArrayList<>();
    for (String q : qualifiers) {
      String shown = qualifier(q);
      if (!shown.isEmpty()) {
        out.add(shown);
      }
    }
    return String.join(messages.get("list.separator"), out);
  }

  String qualifier(String q) {
    int eq = q.indexOf('=');
    if (eq < 0) {
      return messages.has("qualifier." + q) ? messages.get("qualifier." + q) : "";
    }
    String key = q.substring(0, eq);
    String value = q.substring(eq + 1);
    if (key.equals("scope") || (key.equals("asof") && value.equals("unknown"))) {
      String k = "qualifier." + key + "." + value;
      return messages.has(k) ? messages.get(k) : value;
    }
    if (key.equals("period") || key.equals("asof")) {
      value = values.period(value);
    }
    return messages.has("qualifier." + key) ? messages.get("qualifier." + key, value) : value;
  }
}
