package dev.sasil.summarizer;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognizes kinds of news sentence by how they are written ({@code news-style.txt}). A
 * {@linkplain #lead lead} of a straight-news report opens with a wire dateline (a bracket holding
 * {@code =} at its start, as in {@code (서울=연합뉴스)} or {@code [매체=이름 기자]}), or ends with a
 * reporting verb ({@code 밝혔다}, {@code 발표했다}, {@code 공시했다}) and names the day of the news
 * ({@code 11일}, {@code 5일(현지시간)}, {@code 이날}): such an article follows the inverted pyramid,
 * and editors keep its lead. A {@linkplain #caption photo caption} left in the body ends in the
 * present progressive of a picture ({@code 토론하고 있다}, {@code 놓여 있다}) and names a day with a
 * number. An {@linkplain #enumeration enumeration} lists items or figures in prose. By grammar
 * alone (no word list): a {@linkplain #reportStatement report's opening} states what happened in
 * the past tense or names the day, and an {@linkplain #attribution attribution} ends with indirect
 * speech and its verb. Immutable and thread-safe.
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


  /** A quotative ending, then at most two words to the end: indirect speech closing the sentence. */
  private static final Pattern INDIRECT_SPEECH = Pattern.compile("[다라냐자]고(?:\\s+\\S+){1,2}$");

  /** The first and last precomposed Hangul syllables, and how their final consonant is coded. */
  private static final char HANGUL_FIRST = '\uAC00';
  private static final char HANGUL_LAST = '\uD7A3';
  private static final int FINALS = 28;
  private static final int FINAL_SS = 20;

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
    String body = body(sentence);
    return reports.stream().anyMatch(body::endsWith) && namesDay(body);
  }

  /** Whether {@code sentence} is written as the caption of a news photo. */
  public boolean caption(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    String body = body(sentence);
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

  /**
   * Whether {@code sentence} can open a straight-news report: it states what happened ({@link
   * #pastStatement}), or it is a declarative that names the day with a number ({@code 2일 오후 8시
   * 개최된다}, {@code 내년 1월 1일부터 시행한다}).
   */
  public boolean reportStatement(String sentence) {
    if (pastStatement(sentence)) {
      return true;
    }
    String body = body(sentence);
    return (body.endsWith("다") || body.endsWith("습니다")) && NUMBERED_DAY.matcher(body).find();
  }

  /**
   * Whether {@code sentence} ends as a statement of what happened: a declarative in the past tense,
   * its last predicate closing with the past marker ({@code 했다}, {@code 됐다}, {@code 밝혔습니다}: the
   * syllable before {@code 다} or {@code 습니다} ends in ㅆ), not {@code 있다} ("is", "is doing"). A
   * straight-news report opens this way; a feature opens with a scene or a question ({@code 거세게
   * 불고 있다}, {@code 보여준다}).
   */
  public boolean pastStatement(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    String body = body(sentence);
    String stem;
    if (body.endsWith("습니다")) {
      stem = body.substring(0, body.length() - 3);
    } else if (body.endsWith("다")) {
      stem = body.substring(0, body.length() - 1);
    } else {
      return false;
    }
    if (stem.isEmpty()) {
      return false;
    }
    char c = stem.charAt(stem.length() - 1);
    return c >= HANGUL_FIRST && c <= HANGUL_LAST && (c - HANGUL_FIRST) % FINALS == FINAL_SS && c != '있';
  }

  /**
   * Whether {@code sentence} reports what someone said in indirect speech and ends there ({@code
   * …해야 한다고 말했다}, {@code …라고 강조했다}, {@code …냐고 반문했다}): a clause closed by a quotative
   * ending ({@code 다고}, {@code 라고}, {@code 냐고}, {@code 자고}) followed by at most two words, the last
   * a past-tense verb. A reaction or comment attributed to someone, what editors seldom keep.
   */
  public boolean attribution(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return pastStatement(sentence) && INDIRECT_SPEECH.matcher(body(sentence)).find();
  }

  /**
   * The sentence without what may follow the verb at its end: punctuation, quotes, brackets,
   * spaces (anything but a letter or a number).
   */
  private static String body(String sentence) {
    int end = sentence.length();
    while (end > 0) {
      int cp = sentence.codePointBefore(end);
      int type = Character.getType(cp);
      if (Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return sentence.substring(0, end);
  }

  /**
   * Whether {@code s} names a day: a day of the month written with a number ({@code 11일}, not
   * {@code 2011일}), or one of the days named without a number ({@code 이날}, {@code 전날}) as a word
   * of its own.
   */
  public boolean namesDay(String s) {
    Objects.requireNonNull(s, "s");
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
