package dev.sasil.factcheck.time;

/** How precisely a time value is known, from coarsest to finest. */
public enum Granularity {
  YEAR,
  HALF,
  QUARTER,
  MONTH,
  WEEK,
  DAY
}
