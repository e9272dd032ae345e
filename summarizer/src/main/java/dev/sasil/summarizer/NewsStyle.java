package dev.sasil.summarizer;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognizes two kinds of news sentence by how they are written ({@code news-style.txt}). A
 * {@linkplain #lead lead} of a straight-news report opens with a wire dateline (a bracket holding
 * {@code =} at its start, as in {@code (서울=연합뉴스)} or {@code [매체=이름 기자]}), or ends with a
 * reporting verb ({@code 밝혔다}, {@code 발표했다}, {@code 공시했다}) and names the day of the news
 * ({@code 11일}, {@code 5일(현지시간)}, {@code 이날}): such an article follows the inverted pyramid,
 * and editors keep its lead. A {@linkplain #caption photo caption} left in the body ends in the
 * present progressive of a picture ({@code 토론하고 있다}, {@code 놓여 있다}) and names a day with a
 * number. An {@linkplain #enumeration enumeration} lists items or figures in prose. Immutable and
 * thread-safe.
 */
public final class NewsStyle {

  private static final String RESOURCE = "news-style.txt";

  /** The fewest item marks of an enumeration. */
  static final int MIN_ITEMS = 2;

  /** The fewest percentages of an enumeration of figures. */
  static final int MIN_PERCENTAGES = 3;

  /** A bracket at the start holding '=' before it closes: a wire dateline. */
  private static final Pattern DATELINE = Pattern.compile("^\\s*[(\\[［【][^)\\]］】=]{1,30}=[^)\\]］】]{0,30}[)\\]］】]");

  /** A day of the month written with a number, not part of a longer number (11일, not 2011일). */
  private static final Pattern NUMBERED_DAY = Pattern.compile("(?<![\\d.,])[0-3]?\\d일(?!\\p{IsHangul})");

  /** What may follow the verb at the end of a sentence: punctuation, quotes, brackets, spaces. */
  private static final Pattern TAIL = Pattern.compile("[^\\p{L}\\p{N}]*$");

  private final List<String> reports;
  private final List<String> days;
  private final List<String> captions;
  private final List<String> items;

  NewsStyle(List<String> reports, List<String> days, List<String> captions, List<String> items) {
    this.reports = List.copyOf(reports);
    this.days = List.copyOf(days);
    this.captions = List.copyOf(captions);
    this.items = List.copyOf(items);
  }

  /** Over the bundled {@code news-style.txt}. */
  public static NewsStyle standard() {
    List<String> reports = new ArrayList<>();
    List<String> days = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(NewsStyle.class, RESOURCE)) {
      String t = line.text().strip();
      int space = t.indexOf(' ');
      String kind = space < 0 ? t : t.substring(0, space);
      String word = space < 0 ? "" : t.substring(space + 1).strip();
      List<String> target = switch (kind) {
        case "report" -> reports;
        case "day" -> days;
        case "caption" -> captions;
        case "item" -> items;
        default -> null;
      };
      if (target == null || word.isEmpty()) {
        throw ResourceLines.malformed(RESOURCE, line, "'report WORD', 'day WORD', 'caption WORDS' or 'item MARK'");
      }
      target.add(word);
    }
    return new NewsStyle(reports, days, captions, items);
  }

  /** Whether {@code sentence} is written as the lead of a news report. */
  public boolean lead(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    if (DATELINE.matcher(sentence).find()) {
      return true;
    }
    String body = TAIL.matcher(sentence).replaceFirst("");
    return reports.stream().anyMatch(body::endsWith) && namesDay(body);
  }

  /** Whether {@code sentence} is written as the caption of a news photo. */
  public boolean caption(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    String body = TAIL.matcher(sentence).replaceFirst("");
    return captions.stream().anyMatch(body::endsWith) && NUMBERED_DAY.matcher(body).find();
  }

  /**
   * Whether {@code sentence} lists items or figures in prose: {@value #MIN_ITEMS} item marks or
   * more, or {@value #MIN_PERCENTAGES} percentages or more.
   */
  public boolean enumeration(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    int marks = 0;
    for (String m : items) {
      for (int i = sentence.indexOf(m); i >= 0; i = sentence.indexOf(m, i + m.length())) {
        marks++;
      }
    }
    return marks >= MIN_ITEMS || sentence.chars().filter(c -> c == '%').count() >= MIN_PERCENTAGES;
  }

  private boolean namesDay(String s) {
    if (NUMBERED_DAY.matcher(s).find()) {
      return true;
    }
    for (String d : days) {
      for (int i = s.indexOf(d); i >= 0; i = s.indexOf(d, i + 1)) {
        int end = i + d.length();
        // a word of its own: not the end of a longer word, and not 오늘날 ("nowadays")
        if ((i == 0 || !Character.isLetter(s.charAt(i - 1))) && !s.startsWith("날", end)) {
          return true;
        }
      }
    }
    return false;
  }
}
