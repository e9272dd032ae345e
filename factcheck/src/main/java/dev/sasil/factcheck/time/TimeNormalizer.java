package dev.sasil.factcheck.time;

import dev.sasil.core.text.Hangul;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.time.TimeLexicon.WordClass;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds Korean time expressions in text and resolves them against an anchor (usually the
 * publication date): absolute dates ({@code 2023년 11월 23일}, {@code 2024.10.02}), dates
 * relative to the anchor ({@code 지난달 말}, {@code 지난 28일}, {@code 올 하반기}, {@code 이번 주})
 * and durations ({@code 사흘 전}, {@code 2년 만에}).
 *
 * <p>The language knowledge lives in {@code time-lexicon.txt} (words and their meaning) and
 * {@code time-grammar.txt} (the patterns over them); this class scans word starts, takes the
 * longest rule match at each, resolves it with {@link TimeResolver} and then links what depends on
 * earlier mentions: {@code 이날} and {@code 전날} take the last day mentioned; a duration counts
 * from an event when it says {@code 만에}, or says {@code 뒤}/{@code 후} after an earlier time or an
 * event clause ({@code 설립하고,}) of the same sentence, or right after an event noun ({@code 출시 2년
 * 만에}); it then takes its value from the nearest earlier time of the text, if any.
 *
 * <p>Every pattern is bounded, so the work per word start is bounded and the whole scan is linear
 * in the length of the text. Messy text never throws.
 *
 * <p>Known weaknesses: times of day ({@code 오후 3시}) and decades ({@code 1990년대}) are not
 * values; vague expressions ({@code 최근}, {@code 수년 전}) are skipped; a bare {@code N일} that
 * counts something other than days of the month ({@code 1일 3회}) is taken for a date.
 *
 * <p>Immutable and thread-safe; {@link #standard()} shares one grammar.
 */
public final class TimeNormalizer {

  /**
   * How many days after an article's date a bare day written in it (11일, 10월 11일) is still
   * read as that day and not as one a month or a year before: an article is often filed, or its
   * address dated, the evening before it is published.
   */
  public static final int FILED_AHEAD_DAYS = 1;

  private static final int HINT_WINDOW = 80;

  private static final class Holder {
    static final TimeNormalizer STANDARD = new TimeNormalizer(TimeLexicon.standard(), TimeGrammar.standard());
  }

  private final TimeLexicon lexicon;
  private final TimeGrammar grammar;
  private final TimeResolver resolver;

  /** Classes whose words can open an expression; any other Hangul syllable cannot, and is skipped at once. */
  private static final List<WordClass> OPENERS = List.of(WordClass.PAST, WordClass.COMING, WordClass.YEAR,
      WordClass.YEAR_PREFIX, WordClass.REFYEAR, WordClass.MONTH, WordClass.REFMONTH, WordClass.WEEK, WordClass.DAY,
      WordClass.REFDAY, WordClass.QUARTER, WordClass.REFQUARTER, WordClass.HALF, WordClass.WEEKDAY, WordClass.DAYPART,
      WordClass.NOON, WordClass.HOLIDAY, WordClass.NUM, WordClass.DAYCOUNT);

  private final BitSet openers = new BitSet(0x10000);

  /**
   * For each rule (by index), the opener characters a match of it can start with: {@link #scan}
   * tries at a word start only the rules that can start there, instead of every rule at every
   * opener.
   */
  private final BitSet[] mayStart;

  /**
   * For each rule (by index), the characters that can follow the digits a match of it starts
   * with: at a digit start {@link #scan} tries only the rules that can go on with the character
   * after the digits ({@code 3월}, not {@code 3명}).
   */
  private final DigitFollow[] digitFollow;

  TimeNormalizer(TimeLexicon lexicon, TimeGrammar grammar) {
    this.lexicon = lexicon;
    this.grammar = grammar;
    this.resolver = new TimeResolver(lexicon);
    for (WordClass c : OPENERS) {
      for (String w : lexicon.words(c)) {
        openers.set(w.charAt(0));
      }
    }
    for (char d = '0'; d <= '9'; d++) {
      openers.set(d);
    }
    List<TimeGrammar.Rule> rules = grammar.rules();
    this.mayStart = new BitSet[rules.size()];
    this.digitFollow = new DigitFollow[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      mayStart[r] = startChars(rules.get(r).pattern(), openers);
      int digit = mayStart[r].nextSetBit('0');
      digitFollow[r] = digit >= 0 && digit <= '9' ? DigitFollow.of(rules.get(r).pattern()) : DigitFollow.ANY;
    }
  }

  /**
   * The characters of {@code candidates} a match of {@code p} can start with: those with which
   * the one-character text either matches or runs out before the pattern fails ({@link
   * Matcher#hitEnd}), so that a longer text might match. A pattern that looks at what comes
   * before its start (a lookbehind, a word boundary, the end of the last match) may start with any.
   */
  static BitSet startChars(java.util.regex.Pattern p, BitSet candidates) {
    String regex = p.pattern();
    if (regex.contains("(?<=") || regex.contains("(?<!") || regex.contains("\\b") || regex.contains("\\B")
        || regex.contains("\\G")) {
      return (BitSet) candidates.clone();
    }
    BitSet out = new BitSet(0x10000);
    for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
      Matcher m = p.matcher(String.valueOf((char) c));
      if (m.lookingAt() || m.hitEnd()) {
        out.set(c);
      }
    }
    return out;
  }

  /** The normalizer over this package's lexicon and grammar, loaded once and shared. */
  public static TimeNormalizer standard() {
    return Holder.STANDARD;
  }

  private record Found(int start, int end, TimeResolver.Meaning meaning) {}

  /**
   * Every time expression of {@code text}, in text order, resolved against {@code anchor}.
   *
   * @param text any text (null is treated as empty)
   * @param anchor the anchor (null is treated as {@link TimeAnchor#UNKNOWN})
   */
  public List<TimeMention> find(String text, TimeAnchor anchor) {
    List<TimeMention> out = new ArrayList<>();
    for (TimeReading r : read(text, anchor)) {
      out.add(r.mention());
    }
    return List.copyOf(out);
  }

  /**
   * Like {@link #find}, with the earlier mention each value was derived from ({@code 2016년} for
   * {@code 2년 만에}, {@code 5일} for {@code 이날}), so that a fact-check can show its reasoning.
   */
  public List<TimeReading> read(String text, TimeAnchor anchor) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    TimeAnchor a = anchor == null ? TimeAnchor.UNKNOWN : anchor;
    List<Found> found = scan(text, a);
    return link(text, a, found);
  }

  private List<Found> scan(String text, TimeAnchor anchor) {
    List<TimeGrammar.Rule> rules = grammar.rules();
    Matcher[] matchers = new Matcher[rules.size()]; // each made on its rule's first try: most rules never start in a sentence
    List<Found> out = new ArrayList<>();
    int n = text.length();
    int[] ends = new int[matchers.length];
    int i = 0;
    while (i < n) {
      if (!openers.get(text.charAt(i)) || !startsWord(text, i) || elapsedVerb(text, i)) {
        i++; // (2시간여 지난 4일: 지난 is the verb of the span before it, and 4일 a day of its own)
        continue;
      }
      boolean any = false;
      char first = text.charAt(i);
      int run = 0; // the digits at i, and the character after them (none at the end of the text)
      while (i + run < n && isDigit(text.charAt(i + run))) {
        run++;
      }
      boolean judged = run > 0 && i + run < n;
      char next = judged ? text.charAt(i + run) : 0;
      for (int r = 0; r < matchers.length; r++) {
        if (!mayStart[r].get(first) || (judged && !digitFollow[r].allows(run, next))) {
          ends[r] = -1;
          continue;
        }
        Matcher m = matchers[r];
        if (m == null) {
          m = rules.get(r).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[r] = m;
        }
        m.region(i, n);
        ends[r] = m.lookingAt() ? m.end() : -1;
        any |= ends[r] > i;
      }
      Found best = null;
      int rejectedEnd = i + 1;
      // the longest match first, the earlier rule on a tie; a rejected match gives way to the next
      while (any && best == null) {
        int r = 0;
        for (int k = 1; k < ends.length; k++) {
          if (ends[k] > ends[r]) {
            r = k;
          }
        }
        if (ends[r] <= i) {
          break;
        }
        ends[r] = -1;
        Matcher m = matchers[r]; // still holds its match at i: each rule's matcher is used once per position
        boolean future = futureFollows(text, m.end());
        Optional<TimeResolver.Meaning> meaning = resolver.resolve(rules.get(r), m, anchor, future);
        if (meaning.isPresent()) {
          best = new Found(i, trimEnd(text, i, m.end()), meaning.get());
        } else {
          rejectedEnd = Math.max(rejectedEnd, m.end());
        }
      }
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        // what no rule could read is no time, nor is its tail read alone: in 5000년 3월 1일 the
        // month and day are of year 5000, not of the anchor's year
        i = rejectedEnd;
      }
    }
    return out;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** A time expression starts at a digit or Hangul syllable that does not continue a word. */
  private static boolean startsWord(String text, int i) {
    char c = text.charAt(i);
    if (!(isDigit(c) || Hangul.isSyllable(c))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return !(Character.isLetterOrDigit(p) || ((p == '.' || p == '-' || p == ',') && i >= 2 && isDigit(text.charAt(i - 2))));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }


  private boolean futureFollows(String text, int from) {
    int limit = Math.min(text.length(), from + HINT_WINDOW);
    for (int j = from; j < limit; j++) {
      if (SentenceIndex.endsSentence(text, j)) {
        return false;
      }
      if (lexicon.startsWithWord(WordClass.FUTURE, text, j)) {
        return true;
      }
    }
    return false;
  }

  /** The most characters between two items of a list of periods. */
  private static final int LIST_GAP = 40;

  private static final java.util.regex.Pattern BARE_PERIOD = java.util.regex.Pattern.compile("\\d{1,2}\\s*(?:분기|월(?:\\s*\\d{1,2}\\s*일)?)");

  /**
   * Whether a time is the next item of a list whose item before states its year: a bare quarter,
   * month or day ({@code 3분기}, not {@code 지난 3분기}) later in the year than the item before, which is of
   * the same granularity, states a year ({@code 2018년 2분기}, {@code 지난해 2분기}) and ends at most
   * {@value #LIST_GAP} characters before it in the same sentence. A quarter earlier in the year
   * ({@code 지난해 4분기 … 1분기}) starts another year, and is left to the anchor.
   */
  private static boolean continuesList(String text, Found f, TimeValue value, TimeValue last, TimeMention lastMention) {
    Granularity g = value.granularity();
    if (g != Granularity.QUARTER && g != Granularity.MONTH && g != Granularity.DAY || last.granularity() != g || last.year() == null
        || java.util.Objects.equals(last.year(), value.year())
        || !BARE_PERIOD.matcher(text.substring(f.start(), f.end())).matches()
        || BARE_PERIOD.matcher(lastMention.text().strip()).matches() || f.start() - lastMention.end() > LIST_GAP) {
      return false; // not a bare item, or the item before states no year of its own, or is too far
    }
    for (int j = lastMention.end(); j < f.start(); j++) {
      if (SentenceIndex.endsSentence(text, j)) {
        return false;
      }
    }
    int later = switch (g) {
      case QUARTER -> value.quarter() - last.quarter();
      case MONTH -> value.month() - last.month();
      default -> value.month() * 32 + value.day() - (last.month() * 32 + last.day());
    };
    return later > 0;
  }

  private static final java.util.regex.Pattern BARE_DAY = java.util.regex.Pattern.compile("(?:(?:지난|오는)\\s*)?\\d{1,2}\\s*일");

  private static final java.util.regex.Pattern MONTH_WRITTEN = java.util.regex.Pattern.compile("\\d{1,2}\\s*월");

  /**
   * Whether a day is the anchor's day or the day before it: a bare day that is most likely the
   * report's own (지난 3월 2일부터 운영한 결과 … 했다고 20일 밝혔다), whatever month its sentence wrote.
   */
  private static boolean nearAnchorDay(TimeValue value, TimeAnchor anchor) {
    PartialDate a = anchor.date();
    if (a == null || !a.hasDay() || value.granularity() != Granularity.DAY) {
      return false;
    }
    long days = value.firstDay().toEpochDay() - a.firstDay().toEpochDay();
    return days >= -1 && days <= 0;
  }

  /**
   * The last time before a bare day (24일, 지난 31일) in its sentence whose month is written and
   * of which the day is a later day (8월 22일 … 이틀 뒤인 24일; 8월 24∼31일), when the anchor
   * put the day in another month; or null, also for a day written with 지난 or 오는 after a month
   * alone (지난 1월 … 지난 20일: the last 20th before the anchor, as the words say).
   */
  private static TimeMention monthOfSentence(String text, Found f, TimeValue value, List<TimeMention> written) {
    if (value.granularity() != Granularity.DAY || !BARE_DAY.matcher(text.substring(f.start(), f.end())).matches()) {
      return null;
    }
    for (int k = written.size() - 1; k >= 0; k--) {
      TimeMention w = written.get(k);
      for (int j = w.end(); j < f.start(); j++) {
        if (SentenceIndex.endsSentence(text, j)) {
          return null;
        }
      }
      TimeValue v = w.value();
      if (v.granularity() == Granularity.MONTH && !Character.isDigit(text.charAt(f.start()))) {
        return null; // 지난 1월 이동했고 지난 20일 시도했다: a day written with 지난 after a month alone is the last such day
      }
      boolean later = v.granularity() == Granularity.MONTH || v.granularity() == Granularity.DAY && value.day() > v.day();
      if (later && value.day() <= java.time.YearMonth.of(v.year(), v.month()).lengthOfMonth()) {
        return v.month().equals(value.month()) && v.year().equals(value.year()) ? null : w;
      }
    }
    return null;
  }

  /** A quarter, month or day in another year, or null when that year has no such day (2월 29일). */
  private static TimeValue inYear(TimeValue v, int year) {
    return switch (v.granularity()) {
      case QUARTER -> TimeValue.ofQuarter(year, v.quarter());
      case MONTH -> TimeValue.ofMonth(year, v.month());
      default -> v.day() <= java.time.YearMonth.of(year, v.month()).lengthOfMonth() ? TimeValue.ofDay(year, v.month(), v.day()) : null;
    };
  }

  /**
   * Whether a PAST word that is also an ELAPSED verb starts at {@code i} right after a span of time
   * (2시간여 지난 4일, 사흘이 지난 3일): the verb of that span passing, not 'last' of the day after it.
   */
  public boolean elapsedVerb(String text, int i) {
    if (!lexicon.startsWithWord(WordClass.PAST, text, i)) {
      return false; // (the cheap test first: most words start no PAST word)
    }
    int word = i;
    while (word < text.length() && Hangul.isSyllable(text.charAt(word))) {
      word++;
    }
    String w = text.substring(i, word);
    if (word >= text.length() || text.charAt(word) != ' ' || lexicon.lookup(WordClass.PAST, w).isEmpty()
        || lexicon.lookup(WordClass.ELAPSED, w).isEmpty()) {
      return false; // (not 지난해 or 지난달, words of their own)
    }
    int end = i;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == i) {
      return false;
    }
    for (int tails = 0; tails < 2; tails++) {
      end -= tailBefore(text, end); // 사흘이, 22시간이, 2시간여
    }
    if (lexicon.endsWithWord(WordClass.DAYCOUNT, text, end)) {
      return true;
    }
    for (int k = end - 1; k >= Math.max(0, end - UNIT_REACH); k--) {
      if (isDigit(text.charAt(k))) {
        return lexicon.endsWithWord(WordClass.UNIT, text, end);
      }
    }
    return false;
  }

  /** The length of the SPAN_TAIL word that ends at {@code end}, or 0. */
  private int tailBefore(String text, int end) {
    for (String w : lexicon.words(WordClass.SPAN_TAIL)) {
      if (end >= w.length() && text.startsWith(w, end - w.length())) {
        return w.length();
      }
    }
    return 0;
  }

  /** How many characters a span's unit after its number may take (개월, 주일). */
  private static final int UNIT_REACH = 3;

  /** Whether the word before {@code start} is an ELAPSED verb of the lexicon (22시간이 지난 이날). */
  private boolean afterElapsed(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end < start && lexicon.endsWithWord(WordClass.ELAPSED, text, end);
  }

  /**
   * Whether a time ending at {@code end} is a base the text compares with: a COMPARED word of the
   * lexicon follows it, or follows its figure in brackets (2015년(1051억 달러)에 이어).
   */
  private boolean compared(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0) {
        return false;
      }
      i = close + 1;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
    }
    return lexicon.startsWithWord(WordClass.COMPARED, text, i);
  }

  /** Whether a time is written after a PAST word of the lexicon (지난 2일): counted back from the story's day. */
  private boolean writtenPast(TimeMention mention) {
    return lexicon.startsWithWord(WordClass.PAST, mention.text(), 0);
  }

  private List<TimeReading> link(String text, TimeAnchor anchor, List<Found> found) {
    SentenceIndex sentences = null; // made on the first duration: only durations look for their event
    List<TimeReading> out = new ArrayList<>(found.size());
    TimeValue lastDay = null;
    TimeMention lastDayMention = null;
    TimeValue storyDay = null; // the last day written without a PAST word (지난)
    TimeMention storyDayMention = null;
    TimeValue lastValue = null;
    TimeMention lastValueMention = null;
    int lastValueStart = -1;
    // the last time written that is no base compared with (not 2015년(1051억 달러)에 이어): what
    // 전년, 전월 and 전 분기 count from
    TimeValue baseValue = null;
    TimeMention baseMention = null;
    List<TimeMention> monthsWritten = new ArrayList<>(); // the days and months written with their month (8월 22일)
    for (Found f : found) {
      TimeResolver.Meaning m = f.meaning();
      TimeValue value = m.value();
      TimeMention reference = null;
      boolean eventRelative = false;
      if (m.refDayOffset() != null) {
        PartialDate a = anchor.date();
        TimeValue from = lastDay;
        TimeMention fromMention = lastDayMention;
        if (m.refDayOffset() == 0 && lastDayMention != null && writtenPast(lastDayMention)) {
          if (sentences == null) {
            sentences = new SentenceIndex(text, lexicon);
          }
          if (sentences.sentenceStart(lastDayMention.start()) == sentences.sentenceStart(f.start())) {
            // 지난 2일 101포인트 하락에 이어 이날 230포인트: a day its own sentence writes as past
            // is not the day of 이날, which is the story's
            from = storyDay;
            fromMention = storyDayMention;
          }
        }
        if (m.refDayOffset() == 0 && afterElapsed(text, f.start()) && a != null && a.hasDay()) {
          // 발생 22시간이 지난 이날: a span has run since the day last written; 이날 is the story's
          from = null;
          fromMention = null;
        }
        TimeValue ref = from != null ? from : a != null && a.hasDay() ? TimeResolver.anchorValue(a) : null;
        value = ref == null ? null : TimeValue.of(ref.firstDay().plusDays(m.refDayOffset()));
        reference = from != null ? fromMention : null;
      } else if (m.refYearOffset() != null) {
        PartialDate a = anchor.date();
        if (baseValue != null && baseValue.yearKnown()) {
          value = m.inYear(baseValue.year() + m.refYearOffset()); // 2017년 7월 … 이듬해 2월: February 2018
          reference = baseMention;
        } else if (a != null) {
          value = m.inYear(a.year() + m.refYearOffset());
        }
      } else if (m.step() != null) {
        PartialDate a = anchor.date();
        YearMonth last = m.step().monthOf(baseValue);
        if (last != null) {
          // 작년 12월 수출은 … 전월(24억 달러)보다: November, whenever the text was written; 3분기
          // 증가폭은 … 전 분기(17조원)보다: the second quarter
          value = m.step().from(last);
          reference = baseMention;
        } else if (m.step().year() != null) {
          value = TimeValue.ofYear(m.step().year()); // 2023년 같은 달, no month written before: 2023
        } else if (m.step().months() != 0 && a != null && a.hasMonth()) {
          // (같은 달 with no month before it is no month the day of writing tells)
          value = m.step().from(YearMonth.of(a.year(), a.month()));
        }
      } else if (value != null && lastValue != null && continuesList(text, f, value, lastValue, lastValueMention)
          && inYear(value, lastValue.year()) instanceof TimeValue listed) {
        // 2018년 2분기(5조5739억원), 3분기(6조4724억원): a bare later quarter, month or day in a
        // list after one that states its year is of that year
        value = listed;
        reference = lastValueMention;
      } else if (value != null && !nearAnchorDay(value, anchor)
          && monthOfSentence(text, f, value, monthsWritten) instanceof TimeMention written) {
        // 8월 22일에는 발사를 예고하고 이틀 뒤인 24일 발사했다: a bare later day after a date whose month
        // its sentence writes is of that month, not of the month the anchor puts it in
        value = TimeValue.ofDay(written.value().year(), written.value().month(), value.day());
        reference = written;
      } else if (m.duration() != null) {
        if (sentences == null) {
          sentences = new SentenceIndex(text, lexicon);
        }
        int sentenceStart = sentences.sentenceStart(f.start());
        // (102분 뒤 교신한다: a span of hours or minutes after counts from an event of the text, as no
        // publication day says the time of day it would count from)
        eventRelative = m.alwaysEvent()
            || sentences.eventNounBefore(f.start())
            || (m.duration().direction() == TimeDuration.Direction.AFTER
                && (lastValueStart >= sentenceStart || sentences.eventClauseBetween(sentenceStart, f.start())
                    || m.duration().withinDays()));
        if (eventRelative) {
          value = CalendarMath.shift(lastValue, m.duration());
          reference = value == null ? null : lastValueMention;
        }
      }
      TimeMention mention = new TimeMention(text.substring(f.start(), f.end()), f.start(), f.end(), value, m.duration(), eventRelative);
      out.add(new TimeReading(mention, reference));
      if (value != null && value.yearKnown() && value.month() != null && m.duration() == null
          && MONTH_WRITTEN.matcher(mention.text()).find()) {
        monthsWritten.add(mention);
      }
      if (value != null) {
        if (value.granularity() == Granularity.DAY && value.yearKnown() && m.refDayOffset() == null) {
          // 이날, 전날 and a time of day alone count from the day last written, never from each
          // other: in 전날(365명)보다 … 전날 사망한, both are the day before the day written
          lastDay = value;
          lastDayMention = mention;
          if (!writtenPast(mention)) {
            storyDay = value;
            storyDayMention = mention;
          }
        }
        if (m.duration() == null) {
          lastValue = value;
          lastValueMention = mention;
          lastValueStart = f.start();
          if (!compared(text, f.end())) {
            baseValue = value;
            baseMention = mention;
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
