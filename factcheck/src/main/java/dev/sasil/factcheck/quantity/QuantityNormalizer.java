package dev.sasil.factcheck.quantity;

import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.entity.Quotes;
import dev.sasil.factcheck.quantity.QuantityLexicon.Entry;
import dev.sasil.factcheck.quantity.QuantityLexicon.Hit;
import dev.sasil.factcheck.quantity.QuantityLexicon.WordClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds Korean quantities in text: numbers written the Korean way ({@code 1조3000억원}, {@code
 * 3억 5000만 회}, {@code 1,200만 명}, {@code 두 배}) with a typed unit, bounds ({@code 약}, {@code
 * 770여명}, {@code 50곳 이상}, {@code 300억~400억달러}) and a conversion in parentheses ({@code
 * 65억달러(약 8조6000억원)}).
 *
 * <p>Not quantities: numbers without a unit unless grouped by 만/억/조 ({@code 70억} is, {@code 32}
 * is not), years and dates ({@code 2023년}, {@code 2024.10.02}: 년 is no unit), numbers glued to
 * Latin letters or hyphens ({@code GPT-4}, {@code H100}, {@code 1T}), digit runs of identifiers.
 * {@code 만} only counts after digits, so {@code 2년 만에} is no number.
 *
 * <p>The words live in {@code quantity-lexicon.txt}. Each position is read at most a bounded
 * number of times, so the scan is linear in the length of the text; messy text never throws.
 * Immutable and thread-safe; {@link #standard()} is shared.
 */
public final class QuantityNormalizer {

  private static final int MEASURE_WINDOW = 16;

  private static final class Holder {
    static final QuantityNormalizer STANDARD = new QuantityNormalizer(QuantityLexicon.standard());
  }

  private final QuantityLexicon lexicon;
  private final KoreanNumber numbers;

  QuantityNormalizer(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new KoreanNumber(lexicon);
  }

  /** The normalizer over this package's lexicon, loaded once and shared. */
  public static QuantityNormalizer standard() {
    return Holder.STANDARD;
  }

  /** What {@link #amountAt} found: an {@link Amount}, or where to go on when there is none. */
  private sealed interface Scan permits Amount, SkipTo {}

  /** A number with its unit, before bounds and conversions. */
  private record Amount(int start, int end, BigDecimal value, BigDecimal upper, QuantityUnit unit, boolean about, boolean grouped)
      implements Scan {}

  /** No amount here: the scan goes on at {@code end}. */
  private record SkipTo(int end) implements Scan {}

  /**
   * Every quantity of {@code text}, in text order.
   *
   * @param text any text (null is treated as empty)
   */
  public List<QuantityMention> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<QuantityMention> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!startsNumber(text, i)) {
        i++;
        continue;
      }
      QuantityMention span = spanAfterNoun(text, i);
      if (span == null) {
        span = length(text, i);
      }
      if (span != null) {
        out.add(span);
        i = span.end();
        continue;
      }
      Scan r = amountAt(text, i);
      if (r instanceof SkipTo skip) {
        i = Math.max(i + 1, skip.end());
        continue;
      }
      Amount a = (Amount) r;
      QuantityMention m = mention(text, a);
      if (m == null) {
        i = Math.max(i + 1, a.end());
        continue;
      }
      if (!adverb(text, m)) {
        out.add(m); // (한 번에, 또 한 번: no figure)
      }
      i = m.end();
    }
    return List.copyOf(out);
  }

  /** Years, then months, of a span written after a SPAN_NOUN: 24년, 2년 6개월, 8개월. */
  private static final java.util.regex.Pattern SPAN =
      java.util.regex.Pattern.compile("(?:(\\d{1,3})년(?:\\s?(\\d{1,2})개월)?|(\\d{1,3})개월)(?![\\d.])");

  /**
   * A span written right after a noun that takes one (징역 24년, 집행유예 3년, 징역 2년 6개월),
   * as an amount of {@link QuantityUnit#DURATION}; null otherwise. Elsewhere 24년 is a year and
   * no amount.
   */
  private QuantityMention spanAfterNoun(String text, int i) {
    if (!KoreanNumber.isDigit(text.charAt(i))) {
      return null;
    }
    int e = i > 0 && text.charAt(i - 1) == ' ' ? i - 1 : i;
    boolean after = false;
    for (int s = Math.max(0, e - SPAN_NOUN_LENGTH); s < e && !after; s++) {
      Hit h = lexicon.match(WordClass.SPAN_NOUN, text, s);
      after = h != null && h.end() == e;
    }
    if (!after) {
      return null;
    }
    java.util.regex.Matcher m = SPAN.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    long years = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long months = m.group(2) != null ? Long.parseLong(m.group(2)) : m.group(3) != null ? Long.parseLong(m.group(3)) : 0;
    long minutes = years * Spans.minutes(java.time.temporal.ChronoUnit.YEARS)
        + months * Spans.minutes(java.time.temporal.ChronoUnit.MONTHS);
    if (minutes == 0) {
      return null;
    }
    return new QuantityMention(text.substring(i, m.end()), i, m.end(),
        new Quantity(BigDecimal.valueOf(minutes), QuantityUnit.DURATION, Bound.EXACT, null), null);
  }

  /** Words after a rough span that make it a time before or after something (3시간가량 뒤), no length. */
  private static final java.util.regex.Pattern NOT_LENGTH =
      java.util.regex.Pattern.compile("(?:뒤|후|전|만|째|이내|내|지나|지난|늦|빨리|앞당|이상|이하|미만|넘)");

  /**
   * A span of time (87분, 1시간 50여 분, 9일, 3개월, 48초, 1분 30초), about when written with 여; a
   * time in seconds may go on in hundredths, as race times are written (1분44초75, 50초57).
   */
  private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile(
      "(\\d{1,4})(여)?\\s?(?:(시간)(?:\\s?(\\d{1,2})(여)?\\s?분)?|(분|일|주|개월|년|초))(?:(?<=분)\\s?(\\d{1,2})\\s?초)?"
      + "(?:(?<=초)(\\d{2})(?!\\d))?");

  /** The hour of a clock time right before a count of minutes (오후 10시55분쯤): the minutes are of the clock, no length. */
  private static final java.util.regex.Pattern HOUR_BEFORE = java.util.regex.Pattern.compile("\\d시\\s?$");

  /** What ends a clock time right before a count of seconds (3시 20분 48초): the seconds are of the clock, no length. */
  private static final java.util.regex.Pattern CLOCK_BEFORE = java.util.regex.Pattern.compile("[시분]\\s?$");

  /**
   * A span of time followed by a LENGTH_AFTER word (87분간, 213시간 동안, 1시간 50여 분 동안), as an
   * amount of {@link QuantityUnit#DURATION}: how long something lasted; null otherwise (3일 is a
   * day, 3일째 an ordinal, 11시간 만에 a span the time normalizer reads).
   */
  private QuantityMention length(String text, int i) {
    if (!KoreanNumber.isDigit(text.charAt(i))) {
      return null;
    }
    java.util.regex.Matcher m = LENGTH.matcher(text).region(i, text.length());
    if (!m.lookingAt() || "분".equals(m.group(6)) && HOUR_BEFORE.matcher(text.substring(Math.max(0, i - 3), i)).find()) {
      return null;
    }
    // a rough bound of the lexicon after the span (16시간가량, 3일 정도): about, and a length even without 동안
    Hit rough = lexicon.match(WordClass.BOUND_AFTER, text, m.end() < text.length() && text.charAt(m.end()) == ' ' ? m.end() + 1 : m.end());
    boolean roughly = rough != null && rough.entry().bound() == Bound.ABOUT;
    int end = roughly ? rough.end() : m.end();
    int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    Hit h = lengthWordAfter(text, end);
    boolean lasted = h != null
        && !(h.end() < text.length() && Hangul.isSyllable(text.charAt(h.end())) && !endsInParticle(text, h.end()));
    boolean notLength = NOT_LENGTH.matcher(text).region(after, text.length()).lookingAt();
    boolean taken = lexicon.match(WordClass.LENGTH_VERB, text, end) != null; // 91일이 걸렸다
    // seconds name no day and no date: 48초 운전, 30초를 유지 are lengths as written (not 초과,
    // nor the seconds of a clock time)
    boolean seconds = inSeconds(m) && !notLength
        && lexicon.match(WordClass.BOUND_AFTER, text, m.end() - 1) == null // 10초과: the bound 초과
        && !CLOCK_BEFORE.matcher(text.substring(Math.max(0, i - 3), i)).find()
        && (m.end() == text.length() || !Hangul.isSyllable(text.charAt(m.end())) || endsInParticle(text, m.end()));
    if (!lasted && !taken && !seconds && !(roughly && after > end && !notLength) && !(valueOfLengthNoun(text, i) && !notLength)) {
      return null; // not 3일 간담회, 2년간격; 16시간가량 머물렀다 is a length, 3시간가량 뒤 a time
    }
    java.time.temporal.ChronoUnit unit = spanUnit(m.group(3) != null ? m.group(3) : m.group(6));
    BigDecimal minutes = Spans.of(Long.parseLong(m.group(1)), unit);
    if (m.group(4) != null) {
      minutes = minutes.add(BigDecimal.valueOf(Long.parseLong(m.group(4)))); // 1시간 50분
    }
    if (m.group(7) != null) {
      minutes = minutes.add(Spans.of(Long.parseLong(m.group(7)), java.time.temporal.ChronoUnit.SECONDS)); // 1분 30초
    }
    if (m.group(8) != null) {
      minutes = minutes.add(Spans.ofHundredths(Long.parseLong(m.group(8)))); // 1분44초75: a race time
    }
    if (minutes.signum() == 0) {
      return null;
    }
    Bound bound = m.group(2) != null || m.group(5) != null || roughly ? Bound.ABOUT : Bound.EXACT;
    int low = m.group(4) == null && m.group(7) == null ? rangeStart(text, i) : -1;
    if (low >= 0) {
      BigDecimal from = Spans.of(Long.parseLong(text.substring(low, digitsEnd(text, low))), unit);
      if (from.compareTo(minutes) < 0) {
        // 4∼6개월 동안: the span is a range, its low end written without the unit
        return new QuantityMention(text.substring(low, end), low, end,
            new Quantity(from, QuantityUnit.DURATION, Bound.RANGE, minutes), null);
      }
    }
    return new QuantityMention(text.substring(i, end), i, end,
        new Quantity(minutes, QuantityUnit.DURATION, bound, null), null);
  }

  /** Where the digits of a range's low end start when a tilde joins them to {@code i} (4∼6개월), else -1. */
  private static int rangeStart(String text, int i) {
    int p = i;
    if (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    if (p == 0 || !isTilde(text.charAt(p - 1))) {
      return -1;
    }
    p--;
    if (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    int e = p;
    while (p > 0 && KoreanNumber.isDigit(text.charAt(p - 1)) && e - p < 4) {
      p--;
    }
    return p < e && (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1))) ? p : -1;
  }

  private static int digitsEnd(String text, int p) {
    while (p < text.length() && KoreanNumber.isDigit(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * Whether a span at {@code i} is written as the value of a LENGTH_NOUN that a noun of its own
   * precedes (장애 시간은 89분, 장애시간(89분), 소요 시간 2시간): not after a figure (12시간 30분,
   * whose 30분 is a part of the span before it).
   */
  private boolean valueOfLengthNoun(String text, int i) {
    int e = i > 0 && text.charAt(i - 1) == ' ' ? i - 1 : i;
    QuantityLexicon.Entry noun = lexicon.endingAt(WordClass.LENGTH_NOUN, text, e);
    if (noun == null) {
      return false;
    }
    int s = e - noun.word().length();
    int before = s > 0 && text.charAt(s - 1) == ' ' ? s - 1 : s;
    return before > 0 && Hangul.isSyllable(text.charAt(before - 1));
  }

  /** Whether a span of time is written in seconds (48초, 1분 30초): a length of time as written. */
  public boolean inSeconds(QuantityMention q) {
    java.util.regex.Matcher m = LENGTH.matcher(q.text());
    return q.quantity().unit() == QuantityUnit.DURATION && m.lookingAt() && inSeconds(m);
  }

  /** Whether a match of {@link #LENGTH} ends in seconds. */
  private static boolean inSeconds(java.util.regex.Matcher m) {
    return "초".equals(m.group(6)) || m.group(7) != null;
  }

  /**
   * Whether a figure this normalizer found in {@code text} is a length: a span of time that says how
   * long something lasted (87분간, 3시간 동안), not one after a noun (징역 24년).
   */
  public boolean lasts(String text, QuantityMention q) {
    if (q.quantity().unit() != QuantityUnit.DURATION) {
      return false;
    }
    return lengthWordAfter(text, q.end()) != null;
  }

  /** How far before a count an ADVERB phrase that covers it may start (the 다시 of 다시 한 번). */
  private static final int ADVERB_LEAD = 4;

  /** Whether a phrase of the lexicon's ADVERB class covers the count (한 번에, 또 한 번). */
  private boolean adverb(String text, QuantityMention m) {
    if (m.quantity().unit() != QuantityUnit.TIMES) {
      return false; // the phrases count times: every other figure is read at once
    }
    for (int from = Math.max(0, m.start() - ADVERB_LEAD); from <= m.start(); from++) {
      Hit h = lexicon.match(WordClass.ADVERB, text, from);
      if (h != null && h.end() >= m.end() && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The LENGTH_AFTER word after a span ending at {@code end}, a space between unless it is glued; or null. */
  private Hit lengthWordAfter(String text, int end) {
    int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    Hit h = lexicon.match(WordClass.LENGTH_AFTER, text, after);
    if (h != null && after > end && lexicon.match(WordClass.NOT_LENGTH_AFTER, text, after) != null) {
      return null; // 16일 치를 예정이던 시험, 16일 치른: the day an exam is held, no worth of days
    }
    return h == null || after > end && h.entry().glued() ? null : h;
  }

  /** Whether a particle a unit may take starts at {@code p} (87분간의, 3시간 동안에). */
  private boolean endsInParticle(String text, int p) {
    Hit h = lexicon.match(WordClass.PARTICLE, text, p);
    return h != null && (h.end() == text.length() || !Hangul.isSyllable(text.charAt(h.end())));
  }

  private static java.time.temporal.ChronoUnit spanUnit(String unit) {
    return switch (unit) {
      case "분" -> java.time.temporal.ChronoUnit.MINUTES;
      case "시간" -> java.time.temporal.ChronoUnit.HOURS;
      case "일" -> java.time.temporal.ChronoUnit.DAYS;
      case "주" -> java.time.temporal.ChronoUnit.WEEKS;
      case "개월" -> java.time.temporal.ChronoUnit.MONTHS;
      case "초" -> java.time.temporal.ChronoUnit.SECONDS;
      default -> java.time.temporal.ChronoUnit.YEARS;
    };
  }

  /** The longest SPAN_NOUN looked for before a span. */
  private static final int SPAN_NOUN_LENGTH = 6;

  /** A number may start at a digit, or a native number word, that does not continue a word or code. */
  private boolean startsNumber(String text, int i) {
    char c = text.charAt(i);
    if (!KoreanNumber.isDigit(c) && !Hangul.isSyllable(c)) {
      return false;
    }
    if (i > 0) {
      char p = text.charAt(i - 1);
      // digits may follow a Hangul word directly (평점10점, 세계1위), never a Latin one (H100, GPT4)
      if (Character.isLetterOrDigit(p) && !(Hangul.isSyllable(p) && KoreanNumber.isDigit(c))) {
        return false;
      }
      if ((p == '.' || p == '-' || p == ',' || p == '_' || p == '/' || p == ':') && i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2))) {
        return false;
      }
    }
    return KoreanNumber.isDigit(c) || lexicon.match(WordClass.NATIVE, text, i) != null;
  }

  /** The amount at {@code i}, or where the scan goes on. */
  private Scan amountAt(String text, int i) {
    if (!KoreanNumber.isDigit(text.charAt(i))) {
      return nativeAmount(text, i);
    }
    KoreanNumber.Result r = numbers.read(text, i);
    if (r instanceof KoreanNumber.Skip s) {
      return new SkipTo(s.end());
    }
    if (r == null) {
      return new SkipTo(i + 1);
    }
    KoreanNumber.Read first = (KoreanNumber.Read) r;
    int pos = first.end();
    // glued to Latin letters: a model or product name (1T, 4K, 5G) unless a unit says otherwise
    Hit unit = unitAt(text, pos, false, first.value());
    if (unit == null && pos < text.length() && isAsciiLetter(text.charAt(pos))) {
      int p = pos;
      while (p < text.length() && Character.isLetterOrDigit(text.charAt(p))) {
        p++;
      }
      return new SkipTo(p);
    }
    // a range: 300억~400억달러, 3~5억원, 10%~20%
    int afterUnit = unit == null ? pos : unit.end();
    int tilde = tildeAt(text, afterUnit);
    if (tilde >= 0 && tilde < text.length() && KoreanNumber.isDigit(text.charAt(tilde))) {
      KoreanNumber.Result r2 = numbers.read(text, tilde);
      if (r2 instanceof KoreanNumber.Read second) {
        Hit unit2 = unitAt(text, second.end(), false, second.value());
        QuantityUnit u1 = unit == null ? null : unit.entry().unit();
        if (unit2 != null && (u1 == null || u1 == unit2.entry().unit())) {
          BigDecimal lo = scaled(first.value(), unit == null ? unit2.entry() : unit.entry());
          BigDecimal hi = scaled(second.value(), unit2.entry());
          if (!first.grouped() && second.grouped() && lo.multiply(second.topGroup()).compareTo(hi) < 0) {
            // 3~5억원: the low end in the high end's group; but 9000~1만원 is 9000 to 10000
            lo = lo.multiply(second.topGroup());
          }
          if (lo.compareTo(hi) < 0) {
            return new Amount(i, unit2.end(), lo, hi, unit2.entry().unit(), first.about() || second.about(), true);
          }
        }
      }
    }
    if (unit != null) {
      Amount worded = wordedRange(text, i, first, unit);
      if (worded != null) {
        return worded;
      }
    }
    if (unit == null) {
      return new Amount(i, pos, first.value(), null, null, first.about(), first.grouped());
    }
    return new Amount(i, unit.end(), scaled(first.value(), unit.entry()), null, unit.entry().unit(), first.about(), first.grouped());
  }

  /**
   * A range written with words (5만원에서 24만원의 지원금, 1만원부터 3만원까지): a RANGE_FROM word
   * between two amounts of one unit, the lower first, and a RANGE_CLOSE word after the second that
   * the first word allows; without it the pair is a change from one figure to the other (25%에서
   * 15%로), and null.
   */
  private Amount wordedRange(String text, int start, KoreanNumber.Read first, Hit unit) {
    Hit from = lexicon.match(WordClass.RANGE_FROM, text, unit.end());
    if (from == null) {
      return null;
    }
    int p = from.end();
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (p == from.end() || p >= text.length() || !KoreanNumber.isDigit(text.charAt(p))
        || !(numbers.read(text, p) instanceof KoreanNumber.Read second)) {
      return null;
    }
    Hit unit2 = unitAt(text, second.end(), false, second.value());
    if (unit2 == null || unit2.entry().unit() != unit.entry().unit()) {
      return null;
    }
    Hit close = lexicon.match(WordClass.RANGE_CLOSE, text, unit2.end());
    if (close == null || close.entry().after() != null && !close.entry().after().equals(from.entry().word())) {
      return null;
    }
    BigDecimal lo = scaled(first.value(), unit.entry());
    BigDecimal hi = scaled(second.value(), unit2.entry());
    return lo.compareTo(hi) < 0
        ? new Amount(start, unit2.end(), lo, hi, unit2.entry().unit(), first.about() || second.about(), true)
        : null;
  }

  private Scan nativeAmount(String text, int i) {
    if (i > 0 && Hangul.isSyllable(text.charAt(i - 1))) {
      return new SkipTo(i + 1); // 두 of 열두: a native number starts a word
    }
    Hit num = lexicon.match(WordClass.NATIVE, text, i);
    BigDecimal value = num == null ? null : num.entry().number();
    int end = num == null ? i : num.end();
    Hit ones = num == null || !tens(value) ? null : lexicon.match(WordClass.NATIVE, text, end);
    if (ones != null && ones.entry().number().compareTo(BigDecimal.TEN) < 0) {
      value = value.add(ones.entry().number()); // 열두, 스물세: tens and units written together
      end = ones.end();
    }
    Hit unit = num == null ? null : unitAt(text, end, true, value);
    if (unit == null || !unit.entry().native_()) {
      return new SkipTo(i + 1);
    }
    // 한편, 한대, 세대 are words: a one-syllable counter must stand apart from a native number
    // unless the lexicon says it may be glued (한번, 두명)
    if (unit.end() - end == 1 && unit.entry().word().length() == 1 && !unit.entry().glued()) {
      return new SkipTo(i + 1);
    }
    return new Amount(i, unit.end(), value, null, unit.entry().unit(), false, false);
  }

  /** Whether a native number is a tens word (열, 스물, 아흔) that a units word may follow. */
  private static boolean tens(BigDecimal v) {
    return v.compareTo(BigDecimal.TEN) >= 0 && v.compareTo(BigDecimal.valueOf(90)) <= 0
        && v.remainder(BigDecimal.TEN).signum() == 0;
  }

  private static BigDecimal scaled(BigDecimal v, Entry unit) {
    return unit.number() == null ? v : v.multiply(unit.number());
  }

  /**
   * Whether a figure is followed by 대 of "in the …s" (700명대, 30%대인, 1만명대로, 80만원대다) rather than a
   * word that starts with 대 (대비, 대출, 대상 …): 대 must end the word or carry a particle.
   */
  private static boolean decadeSuffix(String text, int end) {
    if (end >= text.length() || text.charAt(end) != '대' || end == 0 || text.charAt(end - 1) == ' ') {
      return false;
    }
    if (end + 1 >= text.length()) {
      return true;
    }
    char next = text.charAt(end + 1);
    return !Hangul.isSyllable(next) || "인를로의에가이는였도에서까지다라와".indexOf(next) >= 0
        && !(next == '로' && end + 2 < text.length() && text.charAt(end + 2) == '운');
  }

  /** Whether a character is a tilde that joins the ends of a range (~, ∼, ～, 〜). */
  private static boolean isTilde(char c) {
    return c == '~' || c == '∼' || c == '～' || c == '〜';
  }

  /** The offset after {@code ~} (with spaces around) at {@code pos}, or -1. */
  private static int tildeAt(String text, int pos) {
    int p = pos;
    if (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (p < text.length() && isTilde(text.charAt(p))) {
      p++;
      if (p < text.length() && text.charAt(p) == ' ') {
        p++;
      }
      return p;
    }
    return -1;
  }

  /** A unit at {@code pos}, after at most one space, that ends where a unit may end and may count {@code value}. */
  private Hit unitAt(String text, int pos, boolean nativeOnly, BigDecimal value) {
    int p = pos;
    boolean spaced = false;
    if (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0')) {
      p++;
      spaced = true;
    }
    for (Entry e : lexicon.entriesAt(WordClass.UNIT, text, p)) {
      if (nativeOnly && !e.native_() || !e.counts(value)) {
        continue;
      }
      Hit h = single(e, text, p);
      if (h == null) {
        continue;
      }
      boolean ascii = isAsciiLetter(e.word().charAt(0));
      if (ascii && spaced && e.word().length() == 1) {
        continue;
      }
      if (unitEnds(text, h.end(), e)) {
        return h;
      }
    }
    return null;
  }

  private Hit single(Entry e, String text, int p) {
    String w = e.word();
    if (p + w.length() > text.length() || !text.startsWith(w, p)) {
      if (w.indexOf(' ') < 0) {
        return null;
      }
      String glued = w.replace(" ", "");
      return text.startsWith(glued, p) ? new Hit(e, p + glued.length()) : (text.startsWith(w, p) ? new Hit(e, p + w.length()) : null);
    }
    return new Hit(e, p + w.length());
  }

  private boolean unitEnds(String text, int end, Entry unit) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    char last = unit.word().charAt(unit.word().length() - 1);
    if (isAsciiLetter(last) || last == '%') {
      return !isAsciiLetter(c) && !(isAsciiLetter(last) && KoreanNumber.isDigit(c));
    }
    if (!Hangul.isSyllable(c)) {
      return true;
    }
    return lexicon.match(WordClass.PARTICLE, text, end) != null || lexicon.match(WordClass.BOUND_AFTER, text, end) != null
        || c == '여' || c == '대' || c == '씩' || text.startsWith("입니", end) || text.startsWith("이었", end)
        || text.startsWith("였", end);
  }

  private QuantityMention mention(String text, Amount a) {
    QuantityUnit unit = a.unit();
    int sign = currencySignBefore(text, a.start());
    if (unit == null && sign >= 0) {
      unit = QuantityUnit.USD; // $100, US$ 3억
    } else {
      sign = -1;
    }
    boolean countedByGae = unit == QuantityUnit.COUNT && text.charAt(a.end() - 1) == '개';
    // a score is a bare number in plain digits: never counted with 개 (규모인 158개 국), never
    // written with a multiplier of four digits (시장 규모는 70억)
    boolean big = hasBigMultiplier(text, a.start(), a.end());
    boolean mayScore = !countedByGae && !big;
    QuantityUnit measured = unit == null || countedByGae ? measureNear(text, a.start(), a.end(), mayScore) : null;
    if (measured == QuantityUnit.KRW && (countedByGae || !big)) {
      measured = null; // 매출 16.4조 is money; 매출 순위 3 and 매출 상위 10개 are not
    }
    if (unit == null && !a.grouped() && measured == null) {
      return null; // a bare number is a figure when grouped (1,234) or named (평균자책점 2.80)
    }
    if (unit == null && a.end() < text.length() && Hangul.isSyllable(text.charAt(a.end()))
        && lexicon.match(WordClass.PARTICLE, text, a.end()) == null && lexicon.match(WordClass.BOUND_AFTER, text, a.end()) == null) {
      return null; // 3억년, 5만개국… glued to a word that is no unit
    }
    if (unit == null || countedByGae) {
      if (measured != null) {
        unit = measured;
      } else if (unit == null) {
        unit = QuantityUnit.NUMBER;
      }
    }
    int start = sign >= 0 ? sign : a.start();
    int end = a.end();
    BigDecimal value = a.value();
    BigDecimal upper = a.upper();
    boolean decadeOfAge = false;
    if (unit == QuantityUnit.COUNT && text.charAt(end - 1) == '대' && decade(value) && (upper == null || decade(upper))
        && (ageBracketFollows(text, end) || talkedAbout(text, a.start(), end) || bracketedAfterName(text, a.start(), end))) {
      unit = QuantityUnit.AGE; // 40대 여성: someone aged 40 to 49
      upper = (upper == null ? value : upper).add(BigDecimal.valueOf(9));
      decadeOfAge = true;
    }
    if (upper == null && unit != QuantityUnit.AGE && decadeSuffix(text, end)) {
      // 700명대, 30%대: somewhere from the figure up to the next step of its last digit
      upper = Quantity.bracketTop(value);
      end++;
    }
    Bound bound = upper != null ? Bound.RANGE : a.about() ? Bound.ABOUT : Bound.EXACT;
    // before: 약 1억3500만달러, 최대 10억달러
    int b = start;
    if (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    // 초속 35m: a length per second, in km/h (126); the word may stand before a bound (시속 약 400㎞)
    PerTime speed = unit == QuantityUnit.METERS ? perTimeBefore(text, b) : null;
    if (speed != null) {
      BigDecimal factor = speed.entry().number().divide(BigDecimal.valueOf(1000)); // periods an hour, in km: 초속 3.6
      unit = QuantityUnit.SPEED;
      value = scaled(value, factor);
      upper = upper == null ? null : scaled(upper, factor);
      if (speed.direct()) {
        b = speed.start() > 0 && text.charAt(speed.start() - 1) == ' ' ? speed.start() - 1 : speed.start(); // 약 시속 400㎞
      }
    }
    Entry negative = aloneEndingAt(WordClass.NEGATIVE_BEFORE, text, b);
    if (negative != null && value.signum() > 0) {
      // 영하 12도: below zero; a range keeps its low end first (영하 5~10도: -10 to -5)
      BigDecimal low = upper == null ? value.negate() : upper.negate();
      upper = upper == null ? null : value.negate();
      value = low;
      start = b - negative.word().length();
      b = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
    }
    Entry scale = aloneEndingAt(WordClass.SCALE_BEFORE, text, b);
    if (scale != null && scale.unit() == unit) {
      // 섭씨 100도, 섭씨 영하 5도: the scale is part of the figure, no noun it is about
      start = b - scale.word().length();
      b = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
    }
    Entry before = aloneEndingAt(WordClass.BOUND_BEFORE, text, b);
    if (before != null && before.bound() != Bound.ABOUT && before.bound() != Bound.EXACT) {
      int w = b - before.word().length();
      if (aloneEndingAt(WordClass.EVER_BEFORE, text, w > 0 && text.charAt(w - 1) == ' ' ? w - 1 : w) != null) {
        before = null; // 역대 최대 17조원, 사상 최고 3000선: a record the figure set, not a bound on it
      }
    }
    if (before != null) {
      if (bound == Bound.EXACT) {
        bound = before.bound();
      }
      start = b - before.word().length();
    }
    start = speed != null && !speed.noun() ? Math.min(start, speed.start()) : start;
    // after: 50곳 이상, 1억명 넘게; also past the quotes a figure is written in (‘1만원’ 시대)
    int p = end;
    boolean quoted = p < text.length() && Quotes.closes(text.charAt(p)) && start > 0 && Quotes.opens(text.charAt(start - 1));
    if (quoted) {
      p++;
    }
    if (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    Hit after = lexicon.match(WordClass.BOUND_AFTER, text, p);
    // the bound word may be inflected: 이상일, 이상인, 넘는
    if (after != null && decadeOfAge && after.entry().bound() == Bound.AT_LEAST) {
      upper = null; // 60대 이상: sixty and older, not sixty to sixty-nine
    }
    if (after != null && upper == null) {
      bound = after.entry().bound();
      end = quoted ? end : after.end(); // the quoted figure's text stays within its quotes
    }
    Quantity q = new Quantity(value, unit, bound, upper);
    // a conversion in parentheses: 65억달러(약 8조6000억원)
    Quantity conversion = null;
    int c = end;
    if (c < text.length() && text.charAt(c) == ' ') {
      c++;
    }
    if (unit.isCurrency() && c < text.length() && text.charAt(c) == '(') {
      int inner = c + 1;
      Bound cb = Bound.EXACT;
      Hit about = lexicon.match(WordClass.BOUND_BEFORE, text, inner);
      if (about != null) {
        cb = about.entry().bound();
        inner = about.end();
        if (inner < text.length() && text.charAt(inner) == ' ') {
          inner++;
        }
      }
      if (inner < text.length() && KoreanNumber.isDigit(text.charAt(inner))) {
        Scan r = amountAt(text, inner);
        if (r instanceof Amount ca && ca.unit() != null && ca.unit().isCurrency() && ca.unit() != unit && ca.upper() == null
            && ca.end() < text.length() && text.charAt(ca.end()) == ')') {
          conversion = new Quantity(ca.value(), ca.unit(), ca.about() ? Bound.ABOUT : cb, null);
          end = ca.end() + 1;
        }
      }
    }
    return new QuantityMention(text.substring(start, end), start, end, q, conversion);
  }

  /**
   * A PER_TIME_BEFORE word ending at a length's start or one bound word before it (시속 400㎞, 시속
   * 약 400㎞), or a SPEED_NOUN there (순간풍속 30m): where it starts, its entry, whether it stands
   * right before the number, and whether it is a noun the figure is about, no part of the figure.
   */
  private record PerTime(int start, Entry entry, boolean direct, boolean noun) {}

  /** The PER_TIME_BEFORE word that ends at {@code end} or one bound word before it, or null. */
  private PerTime perTimeBefore(String text, int end) {
    Entry per = aloneEndingAt(WordClass.PER_TIME_BEFORE, text, end);
    if (per != null) {
      return new PerTime(end - per.word().length(), per, true, false);
    }
    Entry bound = aloneEndingAt(WordClass.BOUND_BEFORE, text, end);
    if (bound == null) {
      return speedNounBefore(text, end);
    }
    int w = end - bound.word().length();
    w = w > 0 && text.charAt(w - 1) == ' ' ? w - 1 : w;
    per = aloneEndingAt(WordClass.PER_TIME_BEFORE, text, w);
    return per == null ? speedNounBefore(text, w) : new PerTime(w - per.word().length(), per, false, false);
  }

  /**
   * A noun of a speed told per second by custom written right before a bare length (순간풍속
   * 30m, 최대풍속은 35m): the length is per second, though no 초속 says so; null otherwise.
   */
  private PerTime speedNounBefore(String text, int end) {
    Entry particle = lexicon.endingAt(WordClass.SPEED_NOUN_PARTICLE, text, end);
    int e = particle == null ? end : end - particle.word().length();
    Entry noun = lexicon.endingAt(WordClass.SPEED_NOUN, text, e);
    return noun == null ? null : new PerTime(e - noun.word().length(), noun, false, true);
  }

  /** {@code v} times {@code factor}, with no trailing zeros after the point (2200000 m/h: 2200 km/h). */
  private static BigDecimal scaled(BigDecimal v, BigDecimal factor) {
    BigDecimal r = v.multiply(factor).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  /** The word of the class ending at {@code end} when it stands alone (최대, not 사상최대), else null. */
  private Entry aloneEndingAt(WordClass type, String text, int end) {
    Entry e = lexicon.endingAt(type, text, end);
    int s = e == null ? -1 : end - e.word().length();
    return e != null && (s == 0 || !Hangul.isSyllable(text.charAt(s - 1))) ? e : null;
  }

  /** The start of a dollar sign ({@code $}, {@code US$}, with at most one space) right before {@code start}, or -1. */
  private static int currencySignBefore(String text, int start) {
    int p = start;
    if (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    if (p == 0 || text.charAt(p - 1) != '$') {
      return -1;
    }
    p--;
    if (p >= 2 && text.startsWith("US", p - 2)) {
      p -= 2;
    }
    return p;
  }

  private static boolean decade(BigDecimal v) {
    return v.scale() <= 0 && v.compareTo(BigDecimal.TEN) >= 0 && v.compareTo(BigDecimal.valueOf(90)) <= 0
        && v.remainder(BigDecimal.TEN).signum() == 0;
  }

  /**
   * Whether the words after a decade with 대 make it an age bracket: a word of people or ages (40대
   * 여성, 60대 이상), or a list of such decades that ends in one or in an age (70대, 80대, 90세 이상
   * 순으로; 30대와 40대 남성).
   */
  private boolean ageBracketFollows(String text, int end) {
    int p = end;
    if (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (lexicon.match(WordClass.AGE_NOUN, text, p) != null) {
      return true;
    }
    int next = nextListItem(text, end);
    if (next < 0) {
      return false;
    }
    int digits = next;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits == next || digits == text.length()) {
      return false;
    }
    char counter = text.charAt(digits);
    boolean word = digits + 1 == text.length() || !Hangul.isSyllable(text.charAt(digits + 1));
    if (counter == '세') {
      return word || lexicon.match(WordClass.AGE_NOUN, text, digits + 1) != null; // 90세 이상, not 90세대
    }
    return counter == '대' && decade(new BigDecimal(text.substring(next, digits))) && ageBracketFollows(text, digits + 1);
  }

  /**
   * Whether a decade with 대 stands alone in brackets right after a word, perhaps with a note after
   * a middle dot: 김모(60대), 권모(60대·여), one person's age as news writes it.
   */
  public static boolean bracketedAfterName(String text, int start, int end) {
    return start >= 2 && text.charAt(start - 1) == '(' && Hangul.isSyllable(text.charAt(start - 2))
        && end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == '·' || text.charAt(end) == ',');
  }

  /** A bracket right after a word that holds a rate or a signed change: (+1.4%), (-0.3%p), (12.5%). */
  private static final java.util.regex.Pattern BRACKETED_RATE =
      java.util.regex.Pattern.compile("\\(\\s*(?:[+\\-−▲▼△▽]\\s*\\d[\\d.,]*|\\d[\\d.,]*\\s*%)");

  /** A decade with 대 and a list mark, ending where a later item starts: 30대, (40대가). */
  private static final java.util.regex.Pattern DECADE_BEFORE_MARK = java.util.regex.Pattern.compile("\\d0대\\s*[,·]\\s*$");

  /**
   * Whether a decade with 대 written from {@code start} to {@code end} is a group of people the
   * sentence talks about: a particle ends its word (AGE_PARTICLE) and no noun stands right before
   * it that the 대 would count (반면 20대와 40대는, 60대가; not 헬기 60대가).
   */
  private boolean talkedAbout(String text, int start, int end) {
    int wordEnd = end;
    while (wordEnd < text.length() && Hangul.isSyllable(text.charAt(wordEnd))) {
      wordEnd++;
    }
    boolean particle = false;
    for (Entry e : lexicon.entries(WordClass.AGE_PARTICLE)) {
      particle |= e.word().length() == wordEnd - end && text.startsWith(e.word(), end);
    }
    // 30대(+1.4%), 20대(-0.3%p): a group's rate in brackets, as statistics break a figure down
    particle |= wordEnd == end && BRACKETED_RATE.matcher(text).region(end, text.length()).lookingAt();
    if (!particle) {
      return false;
    }
    int b = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
    if (b == 0) {
      return true;
    }
    char before = text.charAt(b - 1);
    if (!Character.isLetterOrDigit(before)) {
      // 8만5000명, 50대에서: the next item of a list of groups; 트럭 30대, 40대가: of a list of counts
      return !DECADE_BEFORE_MARK.matcher(text.substring(Math.max(0, b - 8), b)).find();
    }
    return b < start && Hangul.isSyllable(before) && lexicon.endingAt(WordClass.AGE_LEAD, text, b) != null;
  }

  /** Where the next item of a list starts after an item ending at {@code end} (LIST_JOIN: , · 와 과), or -1. */
  private int nextListItem(String text, int end) {
    Hit join = end < text.length() ? lexicon.match(WordClass.LIST_JOIN, text, end) : null;
    if (join == null) {
      return -1;
    }
    int p = join.end();
    if (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  /** Whether a BIG word of the lexicon (만, 억, 조 …) stands in the amount's text. */
  private boolean hasBigMultiplier(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      Hit h = lexicon.match(WordClass.BIG, text, i);
      if (h != null && h.end() <= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * A measure noun (파라미터) right after the amount or shortly before it in the same clause, or a
   * short one written right before it as a word of its own (금 75·은56: see {@link #countedRightBefore}).
   */
  private QuantityUnit measureNear(String text, int start, int end, boolean mayScore) {
    QuantityUnit counted = countedRightBefore(text, start);
    if (counted != null && (mayScore || counted != QuantityUnit.SCORE)) {
      return counted;
    }
    int p = end;
    if (p < text.length() && text.charAt(p) == '의') {
      p++;
    }
    if (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    Hit after = lexicon.match(WordClass.MEASURE, text, p);
    if (after != null && (mayScore || after.entry().unit() != QuantityUnit.SCORE)) {
      return after.entry().unit();
    }
    int from = Math.max(0, start - MEASURE_WINDOW);
    for (int j = start - 1; j >= from; j--) {
      char ch = text.charAt(j);
      if (ch == '.' || ch == ',' || ch == '\n' || KoreanNumber.isDigit(ch)) {
        break;
      }
      Hit h = lexicon.match(WordClass.MEASURE, text, j);
      if (h != null && (mayScore || h.entry().unit() != QuantityUnit.SCORE)) {
        return h.entry().unit();
      }
    }
    return null;
  }

  /**
   * The unit of a {@code MEASURE_BEFORE} word that ends right before {@code start}, or one space
   * before it, and starts a word: after a space, a bracket or a list mark, never after a letter or
   * a digit (금75 and 은 56 in a medal table; not 101동 1203호, not the 은 of 한국은 3).
   */
  private QuantityUnit countedRightBefore(String text, int start) {
    int end = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
    Entry e = lexicon.endingAt(WordClass.MEASURE_BEFORE, text, end);
    if (e == null) {
      return null;
    }
    int s = end - e.word().length();
    return s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) ? e.unit() : null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
