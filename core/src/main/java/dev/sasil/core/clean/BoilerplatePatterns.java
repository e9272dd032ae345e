package dev.sasil.core.clean;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.text.RequiredText;
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
  /** Per section, in file order, whether each pattern can match only at the start of the text. */
  private final Map<Section, boolean[]> anchored;
  /** Per section, in file order, the text every match of each pattern contains. */
  private final Map<Section, List<RequiredText>> required;

  private BoilerplatePatterns(Map<Section, List<Pattern>> patterns) {
    EnumMap<Section, List<Pattern>> copy = new EnumMap<>(Section.class);
    EnumMap<Section, boolean[]> starts = new EnumMap<>(Section.class);
    EnumMap<Section, List<RequiredText>> needs = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      List<Pattern> list = List.copyOf(patterns.getOrDefault(s, List.of()));
      copy.put(s, list);
      boolean[] a = new boolean[list.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = anchoredAtStart(list.get(i));
      }
      starts.put(s, a);
      needs.put(s, list.stream().map(RequiredText::of).toList());
    }
    this.patterns = copy;
    this.anchored = starts;
    this.required = needs;
  }

  /**
   * Whether {@code p} can match only at the start of the text: it begins with {@code ^} (after
   * inline flags such as {@code (?i)}), has no alternative outside parentheses that could match
   * elsewhere, and is not compiled with {@code MULTILINE}. {@code find()} then tries every position
   * of a line only to fail at all but the first; {@code lookingAt()} gives the same match at once.
   */
  static boolean anchoredAtStart(Pattern p) {
    if ((p.flags() & Pattern.MULTILINE) != 0) {
      return false;
    }
    String r = p.pattern();
    int i = 0;
    while (r.startsWith("(?", i) && i + 2 < r.length() && Character.isLetter(r.charAt(i + 2))) {
      int close = r.indexOf(')', i);
      String flags = close < 0 ? "" : r.substring(i + 2, close);
      if (!flags.matches("[a-zA-Z-]+") || flags.contains("m")) {
        return false; // a flag group with a body (?i:…), or MULTILINE turned on
      }
      i = close + 1;
    }
    if (!r.startsWith("^", i)) {
      return false;
    }
    int depth = 0;
    for (int k = i + 1; k < r.length(); k++) {
      char c = r.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '[') {
        k = classEnd(r, k);
        if (k < 0) {
          return false;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** The index of the {@code ]} closing the character class opened at {@code open}, or -1. */
  private static int classEnd(String r, int open) {
    int depth = 0;
    for (int k = open; k < r.length(); k++) {
      char c = r.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && k > open + 1 + (r.startsWith("^", open + 1) ? 1 : 0)) {
        if (--depth == 0) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Finds the pattern's first match: at the start only when it is anchored there. */
  private static boolean search(Matcher m, boolean anchoredAtStart) {
    return anchoredAtStart ? m.lookingAt() : m.find();
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

  /**
   * The patterns of {@code section} that may be found in {@code line}, in file order: the others
   * lack text every match of theirs contains, so they hold no match in it.
   */
  public List<Pattern> candidates(Section section, CharSequence line) {
    List<Pattern> list = patterns.get(section);
    List<RequiredText> needs = required.get(section);
    String text = line.toString();
    long chars = RequiredText.charMask(text);
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (needs.get(i).mayMatch(text, chars)) {
        out.add(list.get(i));
      }
    }
    return out;
  }

  /** Whether some pattern of {@code section} is found in {@code line}. */
  public boolean matches(Section section, CharSequence line) {
    List<Pattern> list = patterns.get(section);
    boolean[] atStart = anchored.get(section);
    List<RequiredText> needs = required.get(section);
    String text = line.toString();
    long chars = RequiredText.charMask(text);
    for (int i = 0; i < list.size(); i++) {
      if (needs.get(i).mayMatch(text, chars) && search(list.get(i).matcher(line), atStart[i])) {
        return true;
      }
    }
    return false;
  }

  /** The first match of a pattern of {@code section} in {@code line}, or null. */
  Matcher firstMatch(Section section, CharSequence line) {
    Matcher best = null;
    List<Pattern> list = patterns.get(section);
    boolean[] atStart = anchored.get(section);
    List<RequiredText> needs = required.get(section);
    String text = line.toString();
    long chars = RequiredText.charMask(text);
    for (int i = 0; i < list.size(); i++) {
      if (!needs.get(i).mayMatch(text, chars)) {
        continue;
      }
      Matcher m = list.get(i).matcher(line);
      if (search(m, atStart[i]) && m.end() > m.start() && (best == null || m.start() < best.start())) {
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
