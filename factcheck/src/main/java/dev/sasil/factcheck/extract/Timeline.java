package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.HalfDays;
import dev.sasil.factcheck.time.PartialTime;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The day a narrative of times of day stands on, carried from one sentence to the next: after
 * 17일 오전 8시 50분쯤 장애가 발생했다, a following 오후 1시 55분쯤부터는 서비스가 중단됐다 is on the
 * 17th too, not on the article's day it was resolved against. A time of day that writes no day
 * takes the day its own sentence wrote before it (전날 … 오후 7시 53분); else the narrative's day only
 *
 * <ul>
 *   <li>when it writes no day of its own (not 이날, 전날, 18일) and its sentence wrote none before it;
 *   <li>when the narrative wrote that day with its number and a time of day (17일 오전 8시 50분), in
 *       the sentence before or with at most {@value #GAP} sentences without any time between;
 *   <li>when it is later on the clock than the narrative's last time: the story goes on that day
 *       (an earlier time may be the next day's, or another story's).
 * </ul>
 *
 * One per article, read in sentence order; not thread-safe.
 */
final class Timeline {

  /** How many sentences without any time may stand between a narrative's time and the next one. */
  static final int GAP = 1;

  private TimeValue day;
  private int minutes;
  private int quiet;

  /**
   * The times of one sentence, those on the narrative's day re-dated; then the narrative as this
   * sentence leaves it.
   *
   * @param times the sentence's times, in text order
   * @param text the sentence
   * @param halves the halves of the day the article writes, for a time of day written without one
   * @param base the sentence's offset in the article
   */
  List<TimeMention> carry(List<TimeMention> times, String text, HalfDays halves, int base) {
    if (times.isEmpty()) {
      if (++quiet > GAP) {
        day = null;
      }
      return times;
    }
    quiet = 0;
    TimeValue carried = day;
    int last = minutes;
    day = null;
    boolean dayWritten = false;
    TimeValue written = null; // the last day the sentence wrote so far
    List<TimeMention> out = null;
    for (int i = 0; i < times.size(); i++) {
      TimeMention t = times.get(i);
      if (t.duration() != null || t.value() == null || t.value().granularity() != Granularity.DAY) {
        continue;
      }
      ClockTime clock = ClockTime.of(t, text.substring(Math.min(t.end(), text.length())),
          halves.before(base + t.start())).orElse(null);
      if (PartialTime.writesDay(t.text())) {
        dayWritten = true;
        written = t.value();
        boolean numbered = clock != null && PartialTime.writesDayNumber(t.text()) && !PartialTime.otherDay(t);
        day = numbered ? t.value() : null;
        minutes = numbered ? clock.minutes() : 0;
        continue;
      }
      if (clock == null || PartialTime.otherDay(t)) {
        continue;
      }
      if (written != null && !written.equals(t.value())) {
        // 전날 지진 발생 9분 뒤인 오후 7시 53분에: a time of day on the day its sentence wrote before it
        if (out == null) {
          out = new ArrayList<>(times);
        }
        out.set(i, new TimeMention(t.text(), t.start(), t.end(), written, null, t.eventRelative()));
        continue;
      }
      if (day != null) {
        minutes = Math.max(minutes, clock.minutes()); // 17일 오전 8시 50분쯤 … 오전 10시 전후로: the same day
      } else if (!dayWritten && carried != null && clock.minutes() > last) {
        if (!carried.equals(t.value())) {
          if (out == null) {
            out = new ArrayList<>(times);
          }
          out.set(i, new TimeMention(t.text(), t.start(), t.end(), carried, null, t.eventRelative()));
        }
        day = carried;
        minutes = clock.minutes();
      }
    }
    return out == null ? times : out;
  }
}
