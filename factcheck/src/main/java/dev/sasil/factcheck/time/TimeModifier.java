package dev.sasil.factcheck.time;

/** TIMEX3-style modifier of a time value: {@code 2022년 말} is 2022 with {@link #END}. */
public enum TimeModifier {
  NONE,
  /** 초, 초순: the start of the period. */
  START,
  /** 중순, 중반: the middle of the period. */
  MID,
  /** 말, 하순, 후반: the end of the period. */
  END
}
