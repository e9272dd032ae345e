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
 * {@code [tail]} or {@code [line]} pattern are trimmed from the end and from the start, and a
 * notice written into the end of the last kept sentence without a full stop is cut from where its
 * match starts. Immutable and thread-safe; linear in the line (each sentence meets each pattern
 * once).
 */
final class NoticeTrim {

  /** Where a sentence of a line ends: its final punctuation, closing quotes, then white space. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?。…][\"'”’)\\]]*+\\s++");

  /** What is kept of a line: {@code [from, to)} in the line's own offsets. */
  record Kept(int from, int to) {}

  private final BoilerplatePatterns patterns;

  NoticeTrim(BoilerplatePatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * What to keep of a line that matched a notice pattern, or null when the whole line is notice.
   */
  Kept keep(String line) {
    List<int[]> pieces = sentences(line);
    int first = 0;
    int last = pieces.size() - 1;
    int to = line.length();
    boolean trimmed = false;
    boolean partial = false;
    while (last >= first) {
      int[] piece = pieces.get(last);
      String text = line.substring(piece[0], piece[1]);
      Matcher m = earliestNotice(text);
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
      if (earliestNotice(line.substring(piece[0], piece[1])) == null) {
        break;
      }
      trimmed = true;
      from = piece[1];
      first++;
    }
    if (!trimmed || first > last || !hasWords(line.substring(from, to), to - from)) {
      return null;
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

  private Matcher earliestNotice(String text) {
    Matcher tail = patterns.firstMatch(Section.TAIL, text);
    Matcher line = patterns.firstMatch(Section.LINE, text);
    if (tail == null) {
      return line;
    }
    return line == null || tail.start() <= line.start() ? tail : line;
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
