package dev.sasil.core.clean;

import dev.sasil.core.clean.BoilerplatePatterns.Section;
import dev.sasil.core.date.Dateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the boilerplate of Korean news pages, line by line, keeping offsets back to the original
 * text. What counts as boilerplate is data ({@code boilerplate.txt}, see {@link
 * BoilerplatePatterns}); this class applies it in order:
 *
 * <ol>
 *   <li>the tail ("related articles", comment widgets, copyright) is cut when it is a tail, i.e.
 *       less text follows its first line than precedes it;
 *   <li>lines that are boilerplate as a whole are dropped: copyright, comment debris, share
 *       buttons, bylines and e-mail lines, datelines ({@link Dateline}); a notice written on the
 *       same line after (or before) sentences loses only the notice ({@link NoticeTrim});
 *   <li>photo captions are dropped ({@code [사진=…]}, {@code 사진=xAI}, image file names, and any
 *       line printed twice in a row: both copies, except for the first line of the text, where the
 *       repeat is dropped and the headline kept, and a paragraph of several sentences printed
 *       twice, whose first copy stays);
 *   <li>a short name line right above a dropped e-mail line at the end ({@code 구본권
 *       사람과디지털연구소장} over {@code starry9@hani.co.kr}) is a byline too;
 *   <li>bylines opening or closing a paragraph ({@code [테크월드뉴스=양승갑 기자]}) are cut out of
 *       the line, which stays.
 * </ol>
 *
 * <p>Lines stay lines: kept lines are trimmed and joined by {@code \n}, runs of blank lines become
 * one blank line, and blank lines at the start and end go. The headline, when the text opens with
 * one, is kept as the first line. Immutable and thread-safe.
 *
 * <p>Known weaknesses: a caption without any marker (a plain sentence under a photo) cannot be told
 * from body text and stays; a "related articles" box in the first half of a text only loses its
 * heading line.
 */
public final class BoilerplateCleaner implements Cleaner {

  /** A caption line longer than this with a sentence in it keeps its text: only the credit goes. */
  private static final int CAPTION_MAX = 150;
  /** Longest name line taken as a byline above an e-mail line. */
  private static final int AUTHOR_LINE_MAX = 30;
  private static final Pattern EMAIL_LINE =
      Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*[)>\\]]?\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。…]\\s*[\"'”’)]*\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final BoilerplatePatterns patterns;
  private final Dateline datelines;
  private final NoticeTrim notices;

  public BoilerplateCleaner(BoilerplatePatterns patterns, Dateline datelines) {
    this.patterns = Objects.requireNonNull(patterns);
    this.datelines = Objects.requireNonNull(datelines);
    this.notices = new NoticeTrim(patterns);
  }

  /** The cleaner with the bundled patterns. */
  public static BoilerplateCleaner standard() {
    return new BoilerplateCleaner(BoilerplatePatterns.standard(), Dateline.standard());
  }

  /** One line of the original: {@code [start, end)} without its line break. */
  private static final class Line {
    final int start;
    final int end;
    final String text;
    /** Removed spans inside the line, as pairs of original offsets. */
    final List<int[]> cuts = new ArrayList<>();
    boolean dropped;
    boolean emailDropped;

    boolean blank() {
      return text.isBlank();
    }

    /** The line with its spaces normalized, for comparing lines; computed once. */
    final String key;

    Line(String original, int start, int end) {
      this.start = start;
      this.end = end;
      this.text = original.substring(start, end);
      this.key = SPACES.matcher(text.strip()).replaceAll(" ");
    }
  }

  @Override
  public CleanText clean(String original) {
    List<Line> lines = split(original);
    int tail = patterns.tailStart(lines.stream().map(l -> l.text).toList());
    for (int i = tail + 1; i < lines.size(); i++) {
      lines.get(i).dropped = true;
    }
    List<Line> body = lines.subList(0, Math.min(tail + 1, lines.size()));
    for (Line line : body) {
      classify(line);
    }
    dropRepeats(body);
    dropAuthorLines(body);
    return assemble(original, lines);
  }

  private static List<Line> split(String s) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n') {
        int end = i;
        if (end > start && s.charAt(end - 1) == '\r') {
          end--;
        }
        if (i < s.length() || start < s.length()) {
          out.add(new Line(s, start, end));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private void classify(Line line) {
    if (line.blank()) {
      return;
    }
    String t = line.text;
    boolean wholeLine = patterns.matches(Section.LINE, t) || patterns.matches(Section.TAIL, t);
    NoticeTrim.Kept kept = notices.keep(t, wholeLine ? NoticeTrim.ALL : NoticeTrim.NOTICE_ONLY);
    if (kept.equals(NoticeTrim.ALL_NOTICE) || (wholeLine && kept.equals(NoticeTrim.NONE))) {
      line.dropped = true;
      line.emailDropped = wholeLine && EMAIL_LINE.matcher(t).find();
      return;
    }
    if (!kept.equals(NoticeTrim.NONE)) {
      cutAllBut(line, kept);
    }
    if (datelines.parse(t).isPresent()) {
      line.dropped = true;
      return;
    }
    Matcher caption = patterns.firstMatch(Section.CAPTION, t);
    if (caption != null) {
      String rest = (t.substring(0, caption.start()) + t.substring(caption.end())).strip();
      // a text of two sentences or more, as no caption is, keeps them whatever credit ends it
      // (…4.5세대 전투기로 분류된다. 최대 속도는 … 이른다. (방위사업청 제공) /뉴스1)
      if (rest.length() > CAPTION_MAX && (SENTENCE_END.matcher(rest).find() || paragraph(rest)) && !rest.startsWith("▲")) {
        for (Pattern p : patterns.candidates(Section.CAPTION, t)) {
          Matcher m = p.matcher(t);
          while (m.find()) {
            if (m.end() > m.start()) {
              line.cuts.add(new int[] {line.start + m.start(), line.start + m.end()});
            }
          }
        }
      } else {
        line.dropped = true;
        return;
      }
    }
    for (Pattern p : patterns.candidates(Section.SPAN, t)) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        if (m.end() > m.start()) {
          line.cuts.add(new int[] {line.start + m.start(), line.start + m.end()});
        }
      }
    }
    if (!line.cuts.isEmpty() && keptText(line).isBlank()) {
      line.dropped = true;
    }
  }

  /** Cuts what a line holds outside {@code kept}: the notice written after (or before) sentences. */
  private static void cutAllBut(Line line, NoticeTrim.Kept kept) {
    if (kept.from() > 0) {
      line.cuts.add(new int[] {line.start, line.start + kept.from()});
    }
    if (kept.to() < line.text.length()) {
      line.cuts.add(new int[] {line.start + kept.to(), line.end});
    }
  }

  private static String keptText(Line line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < line.text.length(); i++) {
      if (!cut(line, line.start + i)) {
        sb.append(line.text.charAt(i));
      }
    }
    return sb.toString();
  }

  private static boolean cut(Line line, int originalIndex) {
    for (int[] c : line.cuts) {
      if (originalIndex >= c[0] && originalIndex < c[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines printed twice in a row are captions: both copies go, except a repeated first line and a
   * repeated paragraph of several sentences (a page that printed its body twice), whose first
   * copy stays.
   */
  private static void dropRepeats(List<Line> lines) {
    Line prev = null;
    boolean prevIsFirst = false;
    boolean seenText = false;
    for (Line line : lines) {
      if (line.blank()) {
        continue;
      }
      boolean first = !seenText;
      seenText = true;
      if (prev != null && line.key.equals(prev.key)) {
        line.dropped = true;
        if (!prevIsFirst && !paragraph(prev.key)) {
          prev.dropped = true;
        }
        continue;
      }
      prev = line;
      prevIsFirst = first;
    }
  }

  /** Whether a line holds two sentences or more, as no caption does: two endings 다. or 요. */
  private static boolean paragraph(String line) {
    int endings = 0;
    for (int i = line.indexOf('.'); i > 0; i = line.indexOf('.', i + 1)) {
      char before = line.charAt(i - 1);
      if ((before == '다' || before == '요') && ++endings >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short line with no sentence ending right above a dropped e-mail line, among the last lines
   * of the article, names the author ({@code 구본권 사람과디지털연구소장}).
   */
  private static void dropAuthorLines(List<Line> lines) {
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < 6; i--) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      if (!line.emailDropped) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Line above = lines.get(j);
        if (above.blank()) {
          continue;
        }
        String a = above.text.strip();
        if (!above.dropped
            && a.length() <= AUTHOR_LINE_MAX
            && SPACES.split(a).length <= 4
            && !SENTENCE_END.matcher(a).find()) {
          above.dropped = true;
        }
        break;
      }
    }
  }

  private static CleanText assemble(String original, List<Line> lines) {
    OffsetTextBuilder out = new OffsetTextBuilder();
    int pendingBreaks = 0;
    int breakAt = -1;
    for (Line line : lines) {
      if (line.dropped) {
        continue;
      }
      if (line.blank()) {
        if (out.length() > 0) {
          pendingBreaks = Math.max(pendingBreaks, 2);
        }
        continue;
      }
      int from = line.start;
      int to = line.end;
      while (from < to && (cut(line, from) || isSpace(original.charAt(from)))) {
        from++;
      }
      while (to > from && (cut(line, to - 1) || isSpace(original.charAt(to - 1)))) {
        to--;
      }
      if (from == to) {
        continue;
      }
      if (out.length() > 0) {
        int breaks = Math.max(pendingBreaks, 1);
        for (int b = 0; b < breaks; b++) {
          out.put('\n', breakAt);
        }
      }
      for (int i = from; i < to; i++) {
        if (!cut(line, i)) {
          out.put(original.charAt(i), i);
        }
      }
      pendingBreaks = 0;
      breakAt = Math.min(line.end, original.length() - 1);
    }
    return out.build();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }
}
