package dev.sasil.factcheck.time;

import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.time.TimeLexicon.WordClass;
import java.util.Arrays;

/**
 * Sentence starts and event-clause ends of one text, found in one linear pass, for the
 * event-relative reading of durations. Not thread-safe; made per call.
 */
final class SentenceIndex {

  private final String text;
  private final TimeLexicon lexicon;
  private final int[] starts;
  private final int[] eventEnds;

  SentenceIndex(String text, TimeLexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    int[] s = new int[8];
    int ns = 0;
    int[] e = new int[8];
    int ne = 0;
    s[ns++] = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (endsSentence(text, i)) {
        if (ns == s.length) {
          s = Arrays.copyOf(s, ns * 2);
        }
        s[ns++] = i + 1;
      }
      boolean wordEnd = Hangul.isSyllable(c) && (i + 1 == n || !Hangul.isSyllable(text.charAt(i + 1)));
      if (wordEnd && lexicon.endsWithWord(WordClass.EVENT_END, text, i + 1)) {
        if (ne == e.length) {
          e = Arrays.copyOf(e, ne * 2);
        }
        e[ne++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, ns);
    this.eventEnds = Arrays.copyOf(e, ne);
  }

  /** True when the character at {@code i} ends a sentence: a line break, or {@code . ? !} before a space or the end. */
  static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }

  /** The start of the sentence holding {@code offset}. */
  int sentenceStart(int offset) {
    int k = Arrays.binarySearch(starts, offset);
    return k >= 0 ? starts[k] : starts[-k - 2];
  }

  /** True when an event clause ends in {@code [from, to)}. */
  boolean eventClauseBetween(int from, int to) {
    int k = Arrays.binarySearch(eventEnds, from);
    int idx = k >= 0 ? k : -k - 1;
    return idx < eventEnds.length && eventEnds[idx] < to;
  }

  /** True when the word right before {@code offset} (spaces skipped) is or ends in an event noun. */
  boolean eventNounBefore(int offset) {
    int j = offset;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    if (j == offset || j == 0 || !Hangul.isSyllable(text.charAt(j - 1))) {
      return false;
    }
    for (String hedge : lexicon.words(WordClass.HEDGE)) {
      int h = j - hedge.length();
      if (h > 0 && text.startsWith(hedge, h) && Character.isWhitespace(text.charAt(h - 1))) {
        return eventNounBefore(h); // 발사 약 78분 뒤: the hedge stands between the event and its span
      }
    }
    for (String direction : lexicon.words(WordClass.DIRECTION)) {
      int h = j - direction.length();
      if (h > 0 && text.startsWith(direction, h) && Character.isWhitespace(text.charAt(h - 1))
          && lexicon.lookup(WordClass.DIRECTION, direction).filter(e -> e.value().equals("AFTER")).isPresent()) {
        return eventNounBefore(h); // 발사 후 102분 뒤: the span counts from the event written before 후
      }
    }
    return lexicon.endsWithWord(WordClass.EVENT_NOUN, text, j);
  }
}
