package dev.sasil.core.clean;

import dev.sasil.core.clean.BoilerplatePatterns.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the part of a line that is a notice (copyright, comment debris, a byline) when the line
 * also holds sentences: {@code "메타는 라마를 공개했다. 무단전재 및 재배포 금지"} keeps its sentence and loses
 * only the notice. The line is cut into sentences at sentence ends; whole sentences matching a
 * {@code [tail]}, {@code [line]} or {@code [notice]} pattern are trimmed from the end and from the start, and a
 * notice written into the end of the last kept sentence without a full stop is cut from where its
 * match starts. Immutable and thread-safe; linear in the line (each sentence meets each pattern
 * once).
 */
final class NoticeTrim {

  /** The sections whose matches are notices in a line that matched one of them as a whole. */
  static final Section[] ALL = {Section.TAIL, Section.LINE, Section.NOTICE};
  /**
   * The section of notices looked for in every line: {@code [line]} patterns such as {@code
   * ^베스트 댓글} would take a sentence that merely starts like comment debris.
   */
  static final Section[] NOTICE_ONLY = {Section.NOTICE};

  /** Where a sentence of a line ends: its final punctuation, closing quotes, then white space. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?。…][\"'”’)\\]]*+\\s++");

  /**
   * What is kept of a line: {@code [from, to)} in the line's own offsets; {@link #NONE} when no
   * notice was found, {@link #ALL_NOTICE} when the whole line is notice.
   */
  record Kept(int from, int to) {}

  /** No notice in the line. */
  static final Kept NONE = new Kept(0, Integer.MAX_VALUE);
  /** Nothing but notice in the line. */
  static final Kept ALL_NOTICE = new Kept(0, 0);

  private final BoilerplatePatterns patterns;

  NoticeTrim(BoilerplatePatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * What to keep of a line once the sentences matching a pattern of {@code sections} are trimmed
   * from its ends.
   */
  Kept keep(String line, Section[] sections) {
    List<int[]> pieces = sentences(line);
    int first = 0;
    int last = pieces.size() - 1;
    int to = line.length();
    boolean trimmed = false;
    boolean partial = false;
    while (last >= first) {
      int[] piece = pieces.get(last);
      String text = line.substring(piece[0], piece[1]);
      Matcher m = earliestNotice(text, sections);
      if (m == null) {
        break;
      }
      trimmed = true;
      if (hasWords(text, m.start())) {
        to = piece[0] + m.start();
        partial = true;
        break;
      }
      to = piece[0];
      last--;
    }
    int from = 0;
    while (partial ? first < last : first <= last) {
      int[] piece = pieces.get(first);
      if (earliestNotice(line.substring(piece[0], piece[1]), sections) == null) {
        break;
      }
      trimmed = true;
      from = piece[1];
      first++;
    }
    if (!trimmed) {
      return NONE;
    }
    if (first > last || !hasWords(line.substring(from, to), to - from)) {
      return ALL_NOTICE;
    }
    return new Kept(from, to);
  }

  /** The sentences of a line as {@code [start, end)} pairs covering it. */
  private static List<int[]> sentences(String line) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_BREAK.matcher(line);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.end()});
      start = m.end();
    }
    if (start < line.length()) {
      out.add(new int[] {start, line.length()});
    }
    return out;
  }

  private Matcher earliestNotice(String text, Section[] sections) {
    Matcher best = null;
    for (Section section : sections) {
      Matcher m = patterns.firstMatch(section, text);
      if (m != null && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best;
  }

  /** Whether {@code text} has a letter or digit before {@code end}. */
  private static boolean hasWords(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
