package dev.sasil.factcheck.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Korean time words of {@code time-lexicon.txt}: for each word its class and meaning.
 * Immutable and thread-safe; {@link #standard()} is loaded once and shared.
 */
public final class TimeLexicon {

  /** The classes of words; see the comments of {@code time-lexicon.txt}. */
  public enum WordClass {
    YEAR, YEAR_PREFIX, REFYEAR, MONTH, REFMONTH, WEEK, DAY, REFDAY, QUARTER, REFQUARTER, HALF, WEEKDAY, DAYPART, NOON, HOLIDAY, MOD, NUM, UNIT, DAYCOUNT,
    DIRECTION, PARTICLE, NOT_DATE, FUTURE, EVENT_END, EVENT_NOUN, HEDGE, PAST, COMING, ELAPSED, SPAN_TAIL, COMPARED
  }

  /**
   * One word.
   *
   * @param word the word as written in the lexicon (a space in it is optional in text)
   * @param wordClass its class
   * @param value its value column ("-1", "START", "DAYS" …), or empty
   * @param extra the fourth column (a modifier, a unit, EVENT), or empty
   */
  public record Entry(String word, WordClass wordClass, String value, String extra) {

    /** The value as a number. */
    public int intValue() {
      return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
    }
  }

  private static final class Holder {
    static final TimeLexicon STANDARD = load("time-lexicon.txt");
  }

  private final Map<WordClass, Map<String, Entry>> byClass;
  private final Map<WordClass, List<String>> sortedWords;
  private final Map<WordClass, List<String>> sortedKeys;
  /**
   * The keys of each class by first and by last character, so that {@link #startsWithWord} and
   * {@link #endsWithWord} compare the text only with the keys that can match there; a class with
   * an empty key is not here (every key is compared).
   */
  private final Map<WordClass, Map<Character, List<String>>> keysByFirst;
  private final Map<WordClass, Map<Character, List<String>>> keysByLast;

  private TimeLexicon(Map<WordClass, Map<String, Entry>> byClass) {
    this.byClass = byClass;
    Map<WordClass, List<String>> words = new EnumMap<>(WordClass.class);
    Map<WordClass, List<String>> keys = new EnumMap<>(WordClass.class);
    for (Map.Entry<WordClass, Map<String, Entry>> e : byClass.entrySet()) {
      List<String> out = new ArrayList<>();
      for (Entry en : e.getValue().values()) {
        out.add(en.word());
      }
      out.sort(Comparator.comparingInt((String w) -> key(w).length()).reversed());
      words.put(e.getKey(), List.copyOf(out));
      keys.put(e.getKey(), out.stream().map(TimeLexicon::key).toList());
    }
    this.sortedWords = Collections.unmodifiableMap(words);
    this.sortedKeys = Collections.unmodifiableMap(keys);
    Map<WordClass, Map<Character, List<String>>> firsts = new EnumMap<>(WordClass.class);
    Map<WordClass, Map<Character, List<String>>> lasts = new EnumMap<>(WordClass.class);
    keys.forEach((c, ks) -> {
      if (ks.stream().noneMatch(String::isEmpty)) {
        firsts.put(c, byChar(ks, true));
        lasts.put(c, byChar(ks, false));
      }
    });
    this.keysByFirst = Collections.unmodifiableMap(firsts);
    this.keysByLast = Collections.unmodifiableMap(lasts);
  }

  /** Keys by their first or last character, in their order. */
  private static Map<Character, List<String>> byChar(List<String> keys, boolean first) {
    Map<Character, List<String>> out = new HashMap<>();
    for (String k : keys) {
      out.computeIfAbsent(k.charAt(first ? 0 : k.length() - 1), x -> new ArrayList<>()).add(k);
    }
    out.replaceAll((x, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /** The lexicon of this package, loaded on first use. */
  public static TimeLexicon standard() {
    return Holder.STANDARD;
  }

  static TimeLexicon load(String resource) {
    Map<WordClass, Map<String, Entry>> map = new EnumMap<>(WordClass.class);
    for (ResourceTable.Row row : ResourceTable.read(TimeLexicon.class, resource)) {
      WordClass c;
      try {
        c = WordClass.valueOf(row.get(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown word class '" + row.get(1) + "'");
      }
      Entry e = new Entry(row.get(0), c, row.get(2, ""), row.get(3, ""));
      if (needsNumber(c)) {
        try {
          e.intValue();
        } catch (NumberFormatException ex) {
          throw row.error("not a number: '" + e.value() + "'");
        }
      }
      Map<String, Entry> words = map.computeIfAbsent(c, k -> new LinkedHashMap<>());
      if (words.putIfAbsent(key(e.word()), e) != null) {
        throw row.error("duplicate word '" + e.word() + "' in class " + c);
      }
    }
    Map<WordClass, Map<String, Entry>> frozen = new EnumMap<>(WordClass.class);
    map.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new TimeLexicon(Collections.unmodifiableMap(frozen));
  }

  private static boolean needsNumber(WordClass c) {
    return switch (c) {
      case YEAR, YEAR_PREFIX, REFYEAR, MONTH, REFMONTH, WEEK, DAY, REFDAY, QUARTER, REFQUARTER, HALF, WEEKDAY, DAYPART, NOON, NUM, DAYCOUNT -> true;
      default -> false;
    };
  }

  /** The lookup key of a word: without spaces. */
  static String key(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (!Character.isWhitespace(ch) && ch != '\u00A0') {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** The entry of {@code text} (spaces ignored) in class {@code c}. */
  public Optional<Entry> lookup(WordClass c, String text) {
    Map<String, Entry> words = byClass.get(c);
    return words == null ? Optional.empty() : Optional.ofNullable(words.get(key(text)));
  }

  /** The words of a class, longest first, then in file order. */
  public List<String> words(WordClass c) {
    return sortedWords.getOrDefault(c, List.of());
  }

  /** True when {@code text} starting at {@code from} begins with a word of class {@code c}. */
  public boolean startsWithWord(WordClass c, CharSequence text, int from) {
    return wordAt(c, text, from).isPresent();
  }

  /** The longest word of class {@code c} that {@code text} begins with at {@code from}, if any. */
  public Optional<Entry> wordAt(WordClass c, CharSequence text, int from) {
    for (String w : candidates(keysByFirst, c, text, from)) {
      if (looseMatches(text, from, w)) {
        return Optional.of(byClass.get(c).get(w));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a time expression writes its year: begins with a year word (올해, 작년, 올) or a year
   * in digits (2024년, 24년), so a reading of it keeps that year.
   */
  public boolean writesYear(CharSequence time) {
    int digits = 0;
    while (digits < time.length() && Character.isDigit(time.charAt(digits))) {
      digits++;
    }
    return digits > 0 && digits < time.length() && time.charAt(digits) == '년'
        || startsWithWord(WordClass.YEAR, time, 0) || startsWithWord(WordClass.YEAR_PREFIX, time, 0);
  }

  /** True when the text ending at {@code end} ends with a word of class {@code c}. */
  public boolean endsWithWord(WordClass c, CharSequence text, int end) {
    for (String k : candidates(keysByLast, c, text, end - 1)) {
      if (end >= k.length() && regionMatches(text, end - k.length(), k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The keys of class {@code c} that may have the character of {@code text} at {@code at} as
   * their first or their last character (by {@code index}); none when {@code at} is past the end, all when the class
   * is not indexed or {@code at} is before the start.
   */
  private List<String> candidates(Map<WordClass, Map<Character, List<String>>> index, WordClass c, CharSequence text, int at) {
    Map<Character, List<String>> byChar = index.get(c);
    if (byChar == null || at < 0) {
      return sortedKeys.getOrDefault(c, List.of());
    }
    return at < text.length() ? byChar.getOrDefault(text.charAt(at), List.of()) : List.of();
  }

  /** Like {@link #regionMatches} but a space may stand between two characters of the word. */
  private static boolean looseMatches(CharSequence text, int from, String word) {
    int j = from;
    for (int i = 0; i < word.length(); i++) {
      if (i > 0 && j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
        j++;
      }
      if (j >= text.length() || text.charAt(j) != word.charAt(i)) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static boolean regionMatches(CharSequence text, int from, String word) {
    if (from < 0 || from + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(from + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
