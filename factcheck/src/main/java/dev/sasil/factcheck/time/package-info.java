/**
 * Korean time expressions, normalized TIMEX3-style against an anchor (the publication date).
 *
 * <p>{@link dev.sasil.factcheck.time.TimeNormalizer} is the entry point. The language knowledge is
 * data: {@code time-lexicon.txt} lists the words (지난해, 그저께, 닷새, 초순 …) with their class and
 * meaning, {@code time-grammar.txt} the patterns over those classes; {@link
 * dev.sasil.factcheck.time.TimeLexicon} and {@link dev.sasil.factcheck.time.TimeGrammar} read them
 * once, {@link dev.sasil.factcheck.time.TimeResolver} gives a match its value (past bias for
 * implied years and months, 지난/오는, future markers), and the normalizer links what depends on
 * earlier mentions (이날, 전년, event-relative durations such as {@code 2년 만에}).
 *
 * <p>Values: {@link dev.sasil.factcheck.time.TimeValue} ({@code 2023-02}, {@code 2024-W11},
 * {@code 2024-H2}, {@code XXXX-07}); durations: {@link dev.sasil.factcheck.time.TimeDuration}.
 */
package dev.sasil.factcheck.time;
