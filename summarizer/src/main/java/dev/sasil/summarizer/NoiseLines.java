package dev.sasil.summarizer;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognizes lines of news pages that are never summary sentences: bylines, photo captions,
 * copyright notices, comment-widget debris. The rules live in {@code noise-lines.txt}. Immutable
 * and thread-safe.
 */
public final class NoiseLines {

  private static final String RESOURCE = "noise-lines.txt";

  /** ASCII case folding only (Korean has no case); much cheaper than Unicode folding. */
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** All "contains" rules as one alternation, all "line" rules as another (one pass each). */
  private final Pattern contains;
  private final Pattern whole;

  private NoiseLines(List<Pattern> contains, List<Pattern> whole) {
    this.contains = union(contains);
    this.whole = union(whole);
  }

  private static Pattern union(List<Pattern> rules) {
    if (rules.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Pattern p : rules) {
      b.append(b.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
    }
    return Pattern.compile(b.toString(), FLAGS);
  }

  /** The bundled rules, parsed once per call; callers keep the instance. */
  public static NoiseLines standard() {
    return parse(ResourceLines.read(NoiseLines.class, RESOURCE), RESOURCE);
  }

  /** Rules in the format of {@code noise-lines.txt}, one {@code KIND<TAB>REGEX} per line. */
  public static NoiseLines parse(List<String> lines) {
    List<ResourceLines.Line> numbered = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).stripTrailing();
      if (!t.isBlank() && !t.stripLeading().startsWith("#")) {
        numbered.add(new ResourceLines.Line(i + 1, t));
      }
    }
    return parse(numbered, "rules");
  }

  private static NoiseLines parse(List<ResourceLines.Line> lines, String source) {
    List<Pattern> contains = new ArrayList<>();
    List<Pattern> whole = new ArrayList<>();
    for (ResourceLines.Line line : lines) {
      int tab = line.text().indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(source + ":" + line.number() + ": expected KIND<TAB>REGEX: " + line.text());
      }
      String kind = line.text().substring(0, tab);
      Pattern p;
      try {
        p = Pattern.compile(line.text().substring(tab + 1), FLAGS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(source + ":" + line.number() + ": bad expression: " + e.getDescription(), e);
      }
      switch (kind) {
        case "contains" -> contains.add(p);
        case "line" -> whole.add(p);
        default -> throw new IllegalArgumentException(
            source + ":" + line.number() + ": unknown kind '" + kind + "' (contains or line)");
      }
    }
    return new NoiseLines(contains, whole);
  }

  /** Whether {@code sentence} is a byline, caption, copyright notice or similar debris. */
  public boolean isNoise(String sentence) {
    String t = sentence.strip();
    return (whole != null && whole.matcher(t).matches()) || (contains != null && contains.matcher(t).find());
  }
}
