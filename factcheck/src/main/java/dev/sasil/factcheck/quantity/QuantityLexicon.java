package dev.sasil.factcheck.quantity;

import dev.sasil.factcheck.time.ResourceTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The number words, units and bounds of {@code quantity-lexicon.txt}. Immutable and thread-safe;
 * {@link #standard()} is loaded once and shared.
 */
public final class QuantityLexicon {

  /** The classes of words; see the comments of {@code quantity-lexicon.txt}. */
  public enum WordClass { SMALL, BIG, NATIVE, UNIT, BOUND_BEFORE, BOUND_AFTER, MEASURE, MEASURE_BEFORE, AGE_NOUN, AGE_PARTICLE, AGE_LEAD, LIST_JOIN, PARTICLE, SPAN_NOUN, NEGATIVE_BEFORE, LENGTH_AFTER, NOT_LENGTH_AFTER, LENGTH_NOUN, LENGTH_VERB,
    RANGE_FROM, RANGE_CLOSE, PER_TIME_BEFORE, SPEED_NOUN, SPEED_NOUN_PARTICLE, SCALE_BEFORE, EVER_BEFORE, ADVERB }

  /**
   * One word.
   *
   * @param word the word; a space in it is optional in text
   * @param wordClass its class
   * @param number the factor of SMALL and BIG, the value of NATIVE, the factor of UNIT, the
   *     periods in an hour of PER_TIME_BEFORE and SPEED_NOUN, else null
   * @param unit the unit of UNIT, MEASURE, MEASURE_BEFORE and SCALE_BEFORE, else null
   * @param bound the bound of BOUND_BEFORE and BOUND_AFTER, else null
   * @param native_ true for a unit that native number words may count
   * @param glued true for a one-syllable unit that may follow a native number without a space (한번),
   *     and for a LENGTH_AFTER word written only right after its span (87분간, 15시간분)
   * @param after the RANGE_FROM word a RANGE_CLOSE word needs (까지 after 부터), else null
   * @param over for a UNIT that counts only amounts above a number or with a fraction (shares, 주,
   *     not the weeks of 2주), that number; else null
   */
  public record Entry(String word, WordClass wordClass, BigDecimal number, QuantityUnit unit, Bound bound, boolean native_, boolean glued,
      String after, BigDecimal over) {

    /** Whether this unit may count the number {@code value} (a unit with no {@link #over} counts any). */
    public boolean counts(BigDecimal value) {
      return over == null || value.compareTo(over) > 0 || value.stripTrailingZeros().scale() > 0;
    }
  }

  /** A word found in text: its entry and the offset after it. */
  public record Hit(Entry entry, int end) {}

  private static final class Holder {
    static final QuantityLexicon STANDARD = load("quantity-lexicon.txt");
  }

  private final Map<WordClass, List<Entry>> byClass;
  /**
   * The entries of each class by their first character, each list in the order of {@link
   * #entries}; a class with a word that is empty or starts with a space is not here (all its
   * entries are candidates everywhere).
   */
  private final Map<WordClass, Map<Character, List<Entry>>> byFirstChar;

  private QuantityLexicon(Map<WordClass, List<Entry>> byClass) {
    this.byClass = byClass;
    Map<WordClass, Map<Character, List<Entry>>> index = new EnumMap<>(WordClass.class);
    byClass.forEach((c, entries) -> {
      Map<Character, List<Entry>> byFirst = new HashMap<>();
      for (Entry e : entries) {
        if (e.word().isEmpty() || e.word().charAt(0) == ' ') {
          return;
        }
        byFirst.computeIfAbsent(e.word().charAt(0), k -> new ArrayList<>()).add(e);
      }
      byFirst.replaceAll((k, v) -> List.copyOf(v));
      index.put(c, Map.copyOf(byFirst));
    });
    this.byFirstChar = Collections.unmodifiableMap(index);
  }

  /** The lexicon of this package, loaded on first use. */
  public static QuantityLexicon standard() {
    return Holder.STANDARD;
  }

  /** The flag of a unit that counts only amounts above a number: {@code over=104}. */
  private static final String OVER = "over=";

  static QuantityLexicon load(String resource) {
    Map<WordClass, List<Entry>> map = new EnumMap<>(WordClass.class);
    for (ResourceTable.Row row : ResourceTable.read(QuantityLexicon.class, resource)) {
      WordClass c;
      try {
        c = WordClass.valueOf(row.get(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown word class '" + row.get(1) + "'");
      }
      BigDecimal number = null;
      QuantityUnit unit = null;
      Bound bound = null;
      try {
        switch (c) {
          case SMALL, BIG, NATIVE, PER_TIME_BEFORE, SPEED_NOUN -> number = new BigDecimal(row.get(2));
          case UNIT -> {
            unit = QuantityUnit.valueOf(row.get(2));
            number = new BigDecimal(row.get(3, "1"));
          }
          case MEASURE, MEASURE_BEFORE, SCALE_BEFORE -> unit = QuantityUnit.valueOf(row.get(2));
          case BOUND_BEFORE, BOUND_AFTER -> bound = Bound.valueOf(row.get(2));
          case PARTICLE, AGE_NOUN, LIST_JOIN, SPAN_NOUN, NEGATIVE_BEFORE, LENGTH_AFTER, NOT_LENGTH_AFTER, LENGTH_NOUN, LENGTH_VERB, RANGE_FROM,
              RANGE_CLOSE, EVER_BEFORE, ADVERB -> { }
        }
      } catch (IllegalArgumentException e) {
        throw row.error("bad value: " + e.getMessage());
      }
      String flag = row.get(4, "");
      BigDecimal over = null;
      if (flag.startsWith(OVER)) {
        try {
          over = new BigDecimal(flag.substring(OVER.length()));
        } catch (NumberFormatException e) {
          throw row.error("bad value: " + flag);
        }
      }
      map.computeIfAbsent(c, k -> new ArrayList<>())
          .add(new Entry(row.get(0), c, number, unit, bound, flag.startsWith("native"), flag.endsWith("glued"),
              c == WordClass.RANGE_CLOSE && !row.get(2, "").isEmpty() ? row.get(2) : null, over));
    }
    Map<WordClass, List<Entry>> frozen = new EnumMap<>(WordClass.class);
    map.forEach((k, v) -> {
      List<Entry> sorted = new ArrayList<>(v);
      sorted.sort(Comparator.comparingInt((Entry e) -> e.word().replace(" ", "").length()).reversed());
      frozen.put(k, List.copyOf(sorted));
    });
    return new QuantityLexicon(Collections.unmodifiableMap(frozen));
  }

  /** The entries of a class, longest first. */
  public List<Entry> entries(WordClass c) {
    return byClass.getOrDefault(c, List.of());
  }

  /**
   * The entries of a class that may be written at {@code from}, in the order of {@link #entries}:
   * those whose word starts with the character there (none past the end of the text), so that a
   * look-up compares the text with those alone.
   */
  public List<Entry> entriesAt(WordClass c, CharSequence text, int from) {
    Map<Character, List<Entry>> byFirst = byFirstChar.get(c);
    if (byFirst == null) {
      return entries(c);
    }
    if (from < 0) {
      return entries(c);
    }
    return from < text.length() ? byFirst.getOrDefault(text.charAt(from), List.of()) : List.of();
  }

  /** The longest word of class {@code c} at {@code from} (a space in a word is optional), or null. */
  public Hit match(WordClass c, CharSequence text, int from) {
    for (Entry e : entriesAt(c, text, from)) {
      int end = matchLoose(text, from, e.word());
      if (end >= 0) {
        return new Hit(e, end);
      }
    }
    return null;
  }

  /** The word of class {@code c} that ends exactly at {@code end}, or null. */
  public Entry endingAt(WordClass c, CharSequence text, int end) {
    for (Entry e : entries(c)) {
      String w = e.word();
      int start = end - w.length();
      if (start >= 0 && matchLoose(text, start, w) == end) {
        return e;
      }
    }
    return null;
  }

  private static int matchLoose(CharSequence text, int from, String word) {
    int j = from;
    for (int i = 0; i < word.length(); i++) {
      char w = word.charAt(i);
      if (w == ' ') {
        if (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
          j++;
        }
        continue;
      }
      if (j >= text.length() || text.charAt(j) != w) {
        return -1;
      }
      j++;
    }
    return j;
  }
}
