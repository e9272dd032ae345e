package dev.sasil.core.date;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.time.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes dateline lines ({@code ||2024.10.02}, {@code 입력 2023.11.20 09:12}, {@code 2023년 11월
 * 23일 오전 8시 30분}, {@code 입력 23.11.20 09:12}): short lines that hold a date and nothing else but dateline words, times,
 * weekdays and punctuation. A date inside a sentence is not a dateline, nor is a run of digits
 * without separators ({@code grok_VE_20240313}). Immutable and thread-safe; the vocabulary is
 * read once from {@code datelines.txt}.
 */
public final class Dateline {

  /** What a dateline says about its date. */
  public enum Kind {
    /** Introduced by a publication word ({@code 입력}, {@code 등록} …). */
    PUBLISHED,
    /** Only a date, with no word saying what it is. */
    PLAIN,
    /** Introduced by a change word ({@code 수정}, {@code 업데이트}); the weakest evidence. */
    MODIFIED
  }

  /** A date found on a dateline line. */
  public record Match(PartialDate date, Kind kind) {
    public Match {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Lines longer than this are sentences or paragraphs, never datelines. */
  static final int MAX_LINE = 90;
  /** Characters of left-over text (an outlet, a name) a dateline with a dateline word may carry. */
  static final int MAX_RESIDUE = 12;
  /** Characters of left-over text a bare date may carry ({@code 조상록 기자 2024.10.02}). */
  static final int MAX_PLAIN_RESIDUE = 6;

  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\d.])" + YEAR + "\\s*([.\\-/])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d])\\.?");
  private static final Pattern NUMERIC_MONTH = Pattern.compile(
      "(?<![\\d.])" + YEAR + "\\s*[.\\-/]\\s*(\\d{1,2})(?![\\d.\\-/])\\.?");
  private static final Pattern KOREAN_DATE = Pattern.compile(
      YEAR + "\\s*년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?");
  /** {@code 23.11.20}: taken only right after a dateline word ({@code 입력 23.11.20 09:12}). */
  private static final Pattern SHORT_DATE = Pattern.compile(
      "(?<![\\d.])(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d])\\.?");
  private static final Pattern TIME = Pattern.compile(
      "(?:(?:오전|오후|AM|PM|am|pm)\\s*)?\\d{1,2}\\s*(?::\\s*\\d{2}(?:\\s*:\\s*\\d{2})?|시(?:\\s*\\d{1,2}\\s*분)?)"
          + "(?:\\s*(?:AM|PM|am|pm|KST))?");
  private static final Pattern WEEKDAY = Pattern.compile(
      "[(\\[]?\\s*(?:[월화수목금토일](?:요일)?|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s*[)\\]]?(?![가-힣])");
  /** Separators between a dateline word and its date ({@code 입력 :}, {@code 등록 |}). */
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s:：|│]+$");
  private static final Pattern NOISE = Pattern.compile("[\\s|│┃·•:：,\\-–—/\\[\\]()<>{}*]+");

  private final List<String> published;
  private final List<String> modified;

  private Dateline(List<String> published, List<String> modified) {
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    this.published = published.stream().sorted(longestFirst).toList();
    this.modified = modified.stream().sorted(longestFirst).toList();
  }

  private static final class Holder {
    static final Dateline STANDARD = load();
  }

  /** The shared instance with the bundled vocabulary. */
  public static Dateline standard() {
    return Holder.STANDARD;
  }

  private static Dateline load() {
    List<String> published = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    List<String> target = null;
    for (ResourceLines.Line line : ResourceLines.read(Dateline.class, "datelines.txt")) {
      String entry = line.text().strip();
      if (entry.equals("[published]")) {
        target = published;
      } else if (entry.equals("[modified]")) {
        target = modified;
      } else if (entry.startsWith("[")) {
        throw ResourceLines.malformed("datelines.txt", line, "unknown section");
      } else if (target == null) {
        throw ResourceLines.malformed("datelines.txt", line, "entry before any section");
      } else {
        target.add(entry);
      }
    }
    return new Dateline(published, modified);
  }

  /**
   * The date of {@code line} if the line is a dateline. When it names several dates ({@code 입력
   * … 수정 …}), the one introduced by a publication word wins.
   */
  public Optional<Match> parse(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_LINE || s.endsWith("다.") || s.endsWith("요.")) {
      return Optional.empty();
    }
    List<Found> found = findDates(s);
    if (found.isEmpty()) {
      found = shortDatesAfterWords(s);
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // Blank out everything a dateline may hold; what is left must be (almost) nothing.
    StringBuilder rest = new StringBuilder(s);
    for (Found f : found) {
      blank(rest, f.start, f.end);
    }
    blankAll(rest, TIME);
    blankAll(rest, WEEKDAY);
    Found best = null;
    Kind bestKind = null;
    boolean worded = false;
    for (Found f : found) {
      Kind k = kindBefore(s, f.start);
      worded |= k != Kind.PLAIN;
      if (best == null || k.ordinal() < bestKind.ordinal()) {
        best = f;
        bestKind = k;
      }
    }
    for (String w : published) {
      blankWord(rest, w);
    }
    for (String w : modified) {
      blankWord(rest, w);
    }
    String residue = NOISE.matcher(rest).replaceAll("");
    int allowed = worded ? MAX_RESIDUE : MAX_PLAIN_RESIDUE;
    if (residue.length() > allowed || residue.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(new Match(best.date, bestKind));
  }

  private record Found(int start, int end, PartialDate date) {}

  private static List<Found> findDates(String s) {
    List<Found> out = new ArrayList<>();
    boolean[] taken = new boolean[s.length()];
    Matcher m = NUMERIC_DATE.matcher(s);
    while (m.find()) {
      date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
          .ifPresent(d -> add(out, taken, m.start(), m.end(), d));
    }
    Matcher k = KOREAN_DATE.matcher(s);
    while (k.find()) {
      int day = k.group(3) == null ? 0 : Integer.parseInt(k.group(3));
      date(Integer.parseInt(k.group(1)), Integer.parseInt(k.group(2)), day)
          .ifPresent(d -> add(out, taken, k.start(), k.end(), d));
    }
    Matcher ym = NUMERIC_MONTH.matcher(s);
    while (ym.find()) {
      if (!taken[ym.start()]) {
        date(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)), 0)
            .ifPresent(d -> add(out, taken, ym.start(), ym.end(), d));
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /** Two-digit-year dates ({@code 23.11.20} → 2023-11-20) that follow a dateline word. */
  private List<Found> shortDatesAfterWords(String s) {
    List<Found> out = new ArrayList<>();
    Matcher m = SHORT_DATE.matcher(s);
    while (m.find()) {
      if (kindBefore(s, m.start()) != Kind.PLAIN) {
        int start = m.start();
        int end = m.end();
        date(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
            .ifPresent(d -> out.add(new Found(start, end, d)));
      }
    }
    return out;
  }

  private static void add(List<Found> out, boolean[] taken, int start, int end, PartialDate d) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return;
      }
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    out.add(new Found(start, end, d));
  }

  /** A valid date, or empty; {@code day} 0 means a month only. */
  static Optional<PartialDate> date(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    try {
      return Optional.of(day == 0 ? PartialDate.ofMonth(year, month) : PartialDate.ofDay(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The kind of the nearest dateline word before {@code pos}, within a few characters. */
  private Kind kindBefore(String s, int pos) {
    String before = TRAILING_SEPARATORS.matcher(s.substring(Math.max(0, pos - 16), pos)).replaceAll("");
    for (String w : published) {
      if (before.endsWith(w) || before.endsWith(w.replace(" ", ""))) {
        return Kind.PUBLISHED;
      }
    }
    for (String w : modified) {
      if (before.endsWith(w)) {
        return Kind.MODIFIED;
      }
    }
    return Kind.PLAIN;
  }

  private static void blank(StringBuilder sb, int start, int end) {
    for (int i = start; i < end; i++) {
      sb.setCharAt(i, ' ');
    }
  }

  private static void blankAll(StringBuilder sb, Pattern p) {
    Matcher m = p.matcher(sb.toString());
    while (m.find()) {
      blank(sb, m.start(), m.end());
    }
  }

  private static void blankWord(StringBuilder sb, String word) {
    int from = 0;
    String s = sb.toString();
    for (int i; (i = s.indexOf(word, from)) >= 0; from = i + word.length()) {
      blank(sb, i, i + word.length());
    }
  }
}
