package dev.sasil.report;

import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.quantity.Myriads;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Spans;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Normalized values written for readers, in the report's language: {@code 2022년 말}, {@code 약
 * 10억 달러}, {@code 50곳 이상} in Korean; {@code late 2022}, {@code about 1 billion dollars} in
 * English. Never a TIMEX string or a bare long number. Immutable and thread-safe.
 */
public final class ValueFormat {

  private static final ValueFormat KOREAN = new ValueFormat(Messages.of(ReportLanguage.KO));

  private final Messages messages;

  public ValueFormat(Messages messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The value for Korean readers. */
  public static String format(NormalizedValue value) {
    return KOREAN.write(value);
  }

  /** The value for readers of this format's language. */
  public String write(NormalizedValue value) {
    if (value instanceof TimeValue t) {
      return time(t);
    }
    if (value instanceof Quantity q) {
      return quantity(q);
    }
    if (value instanceof dev.sasil.factcheck.time.Since s) {
      return messages.get(s.reckoned() ? "value.since.reckoned" : "value.since", time(s.from()));
    }
    if (value instanceof ClockTime c) {
      return messages.get(c.approximate() ? "value.clock.approximate" : "value.clock", time(c.day()),
          Integer.toString(c.hour()), String.format(java.util.Locale.ROOT, "%02d", c.minute()));
    }
    return value.normalized();
  }

  /** A TIMEX-style period ({@code 2023-Q4}, {@code XXXX-07}) for readers; the text itself when it is none. */
  public String period(String timex) {
    try {
      return time(TimeValue.parse(timex));
    } catch (IllegalArgumentException e) {
      return timex;
    }
  }

  String time(TimeValue t) {
    String year = t.year() == null ? "" : Integer.toString(t.year());
    String unknown = t.year() == null ? ".noyear" : "";
    ReportLanguage lang = messages.language();
    String s = switch (t.granularity()) {
      case YEAR -> messages.get("value.year" + unknown, year);
      case HALF -> messages.get("value.half." + t.half() + unknown, year);
      case QUARTER -> messages.get("value.quarter" + unknown, year, t.quarter());
      case MONTH -> messages.get("value.month" + unknown, year, lang.month(t.month()));
      case WEEK -> messages.get("value.week" + unknown, year, t.week());
      case DAY -> messages.get("value.day" + unknown, year, lang.month(t.month()), t.day());
      default -> t.normalized();
    };
    return switch (t.modifier()) {
      case NONE -> s;
      case START -> messages.get("value.modifier.start", s);
      case MID -> messages.get("value.modifier.mid", s);
      case END -> messages.get("value.modifier.end", s);
    };
  }

  String quantity(Quantity q) {
    if (q.unit() == QuantityUnit.INNING) {
      return inning(q);
    }
    boolean span = q.unit() == QuantityUnit.DURATION;
    String amount = span ? span(q.value()) : number(q.value());
    if (q.upper() != null) {
      amount = messages.get("value.range", amount, span ? span(q.upper()) : number(q.upper()));
    }
    String key = "unit." + q.unit().name();
    String core = span ? amount : messages.has(key) ? messages.get(key, amount)
        : amount + " " + q.unit().name().toLowerCase(java.util.Locale.ROOT); // a unit added later
    return switch (q.bound()) {
      case EXACT, RANGE -> core;
      case ABOUT -> messages.get("value.about", core);
      case AT_LEAST -> messages.get("value.at_least", core);
      case MORE_THAN -> messages.get("value.more_than", core);
      case AT_MOST -> messages.get("value.at_most", core);
      case LESS_THAN -> messages.get("value.less_than", core);
    };
  }

  /**
   * A half-inning (9: 5회초, 10: 5회말) or an inning written without its half (9~10: 5회); see
   * {@link QuantityUnit#INNING}.
   */
  private String inning(Quantity q) {
    int first = q.value().intValue();
    int last = q.upper() == null ? first : q.upper().intValue();
    if (first != last) {
      return messages.get("unit.INNING", QuantityUnit.inningOf(last));
    }
    return messages.get(QuantityUnit.topHalf(first) ? "inning.top" : "inning.bottom", QuantityUnit.inningOf(first));
  }

  /**
   * Minutes of a span in the largest unit that divides them: 38개월, 5 days; else in minutes (and
   * seconds, to the hundredth for a race time).
   */
  private String span(BigDecimal minutes) {
    java.util.OptionalLong timed = Spans.hundredths(minutes);
    if (timed.isPresent()) {
      long h = timed.getAsLong();
      String sec = Spans.secondsOfMinute(h); // a race time: 1분 44.75초
      return h < 6000 ? messages.get("span.seconds", sec) : messages.get("span.minutes_seconds", h / 6000, sec);
    }
    java.util.OptionalLong seconds = Spans.seconds(minutes);
    if (seconds.isPresent()) {
      long s = seconds.getAsLong();
      return s < 60 ? messages.get("span.seconds", s) : messages.get("span.minutes_seconds", s / 60, s % 60);
    }
    return Spans.whole(minutes)
        .map(w -> messages.get("span." + w.unit().name().toLowerCase(java.util.Locale.ROOT), number(w.count())))
        .orElseGet(() -> messages.get("unit.DURATION", number(minutes)));
  }

  /** A number as the language writes large ones: myriads in Korean, short-scale words in English. */
  String number(BigDecimal v) {
    return messages.language() == ReportLanguage.KO ? myriads(v) : shortScale(v);
  }

  /**
   * A number in Korean myriad groups: {@code 1300000000000} is {@code 1조3000억}, {@code 52000}
   * is {@code 5만2000}; numbers below 10,000 and fractions are written plainly.
   */
  static String myriads(BigDecimal v) {
    return Myriads.of(v);
  }

  /** {@code 1.3 trillion}, {@code 350 million}, {@code 52,000}, {@code 2.5}. */
  static String shortScale(BigDecimal v) {
    BigDecimal abs = v.abs();
    String[] names = {" trillion", " billion", " million"};
    int[] powers = {12, 9, 6};
    for (int i = 0; i < names.length; i++) {
      BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(powers[i]);
      if (abs.compareTo(unit) >= 0) {
        return (v.signum() < 0 ? "-" : "") + grouped(abs.divide(unit).setScale(3, RoundingMode.HALF_UP)) + names[i];
      }
    }
    return (v.signum() < 0 ? "-" : "") + grouped(abs);
  }

  private static String grouped(BigDecimal abs) {
    String p = plain(abs);
    int dot = p.indexOf('.');
    String whole = dot < 0 ? p : p.substring(0, dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return dot < 0 ? b.toString() : b + p.substring(dot);
  }

  private static String plain(BigDecimal v) {
    return Myriads.plain(v);
  }

}
