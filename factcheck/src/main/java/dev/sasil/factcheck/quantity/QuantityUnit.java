package dev.sasil.factcheck.quantity;

/** What a quantity counts or measures. Quantities in different units are never compared. */
public enum QuantityUnit {
  KRW,
  USD,
  EUR,
  JPY,
  CNY,
  GBP,
  /** Indian rupees: 루피. */
  INR,
  /** People: 명, 인. */
  PERSONS,
  /** Times, occurrences, downloads: 회, 번, 건 of events. */
  TIMES,
  /** Model parameters: 매개변수, 파라미터 (개 after such a noun). */
  PARAMETERS,
  PERCENT,
  PERCENT_POINT,
  /**
   * Points of an index or a score, 포인트 written alone (코스피 234.64포인트): not percentage
   * points, which are written with % (0.25%포인트, 3%p).
   */
  POINTS,
  /** Places, organizations: 곳, 개사. */
  PLACES,
  /** Generic countable things: 개, 가지, 대, 건 … */
  COUNT,
  /** A bare number without a unit. */
  NUMBER,
  /** A bare number a noun names as a rate or score of a record (평균자책점 2.80, 타율 0.312). */
  SCORE,
  /** A ratio of one to another, its second side: 1.19 of 1 대 1.19. */
  RATIO,
  /** A factor: 배 ({@code 1.5배}, {@code 두 배}). */
  MULTIPLE,
  /** Age in years: 세, 살. */
  AGE,
  /** A rank or position: 위, 번째. */
  RANK,
  /** Length, normalized to meters (km, cm …). */
  METERS,
  /**
   * Speed, normalized to kilometres per hour: a length after 시속, 분속 or 초속 (시속 50㎞, 초속
   * 35m), or written per hour or second (120km/h, 19㎧).
   */
  SPEED,
  /** A speed as a multiple of the speed of sound (마하 1.81), which no fixed speed converts. */
  MACH,
  /** Area in square meters. */
  SQUARE_METERS,
  /** Mass, normalized to grams (kg, 톤 …). */
  GRAMS,
  /** Data size, normalized to bytes (decimal: 1 GB = 10^9 bytes). */
  BYTES,
  /** Power, normalized to watts. */
  WATTS,
  /** Degrees: a temperature in degrees Celsius (41도, 영하 12도, 36.5℃), or an angle. */
  DEGREES,
  /**
   * A span of time counted from an event, normalized to minutes (a month 43,800, a year 525,600):
   * 닷새 만에, 38개월 만에, 3년 2개월 만에, read from the time expressions; and a span after a noun
   * that takes one (징역 24년), read by the quantity parser.
   */
  DURATION,
  /**
   * The half-inning of a baseball game a play came in, counted from the first pitch: the top of
   * the Nth inning is 2N−1, the bottom 2N (5회초 9, 5회말 10); an inning written without its half is
   * the range of both (5회: 9~10). See the factcheck extractor's InningFrames.
   */
  INNING;

  /** The {@link #INNING} value of an inning's top or bottom half (5, top: 9; 5, bottom: 10). */
  public static int halfInning(int inning, boolean top) {
    return top ? 2 * inning - 1 : 2 * inning;
  }

  /** The inning an {@link #INNING} value is a half of (9 and 10: 5). */
  public static int inningOf(int halfInning) {
    return (halfInning + 1) / 2;
  }

  /** Whether an {@link #INNING} value is its inning's top half. */
  public static boolean topHalf(int halfInning) {
    return halfInning % 2 == 1;
  }

  /** True for money units: amounts in two of them can be conversions of each other. */
  public boolean isCurrency() {
    return switch (this) {
      case KRW, USD, EUR, JPY, CNY, GBP, INR -> true;
      default -> false;
    };
  }

  /**
   * True for units whose figure is a position in an order (3위, 5회말): never a rounded amount, so
   * two positions written differently are two positions.
   */
  public boolean position() {
    return this == RANK || this == INNING;
  }

  /** True for units that count whole things: people, times, places, things (73개, 13번, 175석). */
  public boolean countsThings() {
    return switch (this) {
      case PERSONS, TIMES, PLACES, COUNT -> true;
      default -> false;
    };
  }
}
