package dev.sasil.core.clean;

import dev.sasil.core.resource.ResourceLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate patterns of {@code boilerplate.txt}, by section. Immutable and thread-safe; the
 * bundled set is parsed once per process ({@link #standard()}).
 */
public final class BoilerplatePatterns {

  /** The sections of the pattern file; see the file's header for what each does. */
  public enum Section {
    TAIL,
    LINE,
    CAPTION,
    SPAN,
    NOTICE
  }

  private final Map<Section, List<Pattern>> patterns;

  private BoilerplatePatterns(Map<Section, List<Pattern>> patterns) {
    EnumMap<Section, List<Pattern>> copy = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      copy.put(s, List.copyOf(patterns.getOrDefault(s, List.of())));
    }
    this.patterns = copy;
  }

  private static final class Holder {
    static final BoilerplatePatterns STANDARD = loadBundled();
  }

  /** The bundled patterns, parsed on first use. */
  public static BoilerplatePatterns standard() {
    return Holder.STANDARD;
  }

  private static BoilerplatePatterns loadBundled() {
    try (InputStream in = BoilerplatePatterns.class.getResourceAsStream("boilerplate.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/sasil/core/clean/boilerplate.txt");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "boilerplate.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a pattern file.
   *
   * @param name the file's name, for messages
   * @throws IllegalArgumentException naming the line of an unknown section or a bad expression
   */
  public static BoilerplatePatterns parse(Reader reader, String name) throws IOException {
    Map<Section, List<Pattern>> out = new EnumMap<>(Section.class);
    Section current = null;
    for (ResourceLines.Line resourceLine : ResourceLines.read(reader)) {
      int lineNo = resourceLine.number();
      String entry = resourceLine.text().strip();
      if (entry.startsWith("[") && entry.endsWith("]") && entry.matches("\\[[a-z]+\\]")) {
        String sec = entry.substring(1, entry.length() - 1);
        try {
          current = Section.valueOf(sec.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": unknown section " + entry, e);
        }
        continue;
      }
      if (current == null) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": pattern before any section");
      }
      try {
        out.computeIfAbsent(current, k -> new ArrayList<>()).add(Pattern.compile(entry.replace("\\#", "#")));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": bad pattern: " + e.getDescription(), e);
      }
    }
    return new BoilerplatePatterns(out);
  }

  /** The patterns of one section, in file order. */
  public List<Pattern> get(Section section) {
    return patterns.get(section);
  }

  /** Whether some pattern of {@code section} is found in {@code line}. */
  public boolean matches(Section section, CharSequence line) {
    for (Pattern p : patterns.get(section)) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** The first match of a pattern of {@code section} in {@code line}, or null. */
  Matcher firstMatch(Section section, CharSequence line) {
    Matcher best = null;
    for (Pattern p : patterns.get(section)) {
      Matcher m = p.matcher(line);
      if (m.find() && m.end() > m.start() && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The index of the line that starts the text's tail (related articles, comments, copyright), or
   * {@code lines.size()} when there is none. A marker is a tail only when less text follows it than
   * precedes it.
   */
  public int tailStart(List<String> lines) {
    long total = 0;
    long[] before = new long[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      before[i] = total;
      total += lines.get(i).strip().length();
    }
    for (int i = 0; i < lines.size(); i++) {
      long after = total - before[i];
      if (before[i] > 0 && after <= before[i] && matches(Section.TAIL, lines.get(i))) {
        return i;
      }
    }
    return lines.size();
  }
}
