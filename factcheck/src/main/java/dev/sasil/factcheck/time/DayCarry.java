package dev.sasil.factcheck.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day a relative day word (이날, 전날, 당일: the lexicon's REFDAY) of an article written the day
 * after its story counts from. Sentences are read one at a time against the article's date, so an
 * article of the 20th that writes 19일 … 성공했다 and then 이날 오후 3시40분 이륙했다 put the take-off
 * on the 20th. A relative day with no day written before it in its sentence counts from the eve of
 * the article's date when the last day an earlier sentence wrote with its number is that eve and
 * no sentence has written the article's own day: news of the day after tells its story on the
 * day it happened. An article that writes its own day tells that day, though it glosses the eve
 * later (28일 타결했다 … 전날(27일) … 이날: the 28th), and a last day further back is a look back
 * that moves nothing (앞서 2월 27일 결심 공판에서, 1920년 8월 2일). The offset of a relative day is read
 * again from its words: a TimeMention does not keep the one the normalizer resolved it with. One per
 * article, read in sentence order; not thread-safe.
 */
public final class DayCarry {

  private final TimeLexicon lexicon;
  private final LocalDate eve;
  private final LocalDate published;
  private boolean ownDayWritten;
  private boolean onEve;

  /** @param published the article's date, or null (nothing is then carried) */
  public DayCarry(TimeLexicon lexicon, LocalDate published) {
    this.lexicon = lexicon;
    this.published = published;
    this.eve = published == null ? null : published.minusDays(1);
  }

  /** The times of one sentence, its relative days re-dated to the eve when the story is on it. */
  public List<TimeMention> carry(List<TimeMention> times) {
    if (published == null) {
      return times;
    }
    List<TimeMention> out = null;
    boolean dayBefore = false;
    Boolean lastOnEve = null;
    for (int i = 0; i < times.size(); i++) {
      TimeMention t = times.get(i);
      Integer offset = t.duration() == null ? relativeDay(t.text()) : null;
      if (offset != null) {
        if (!dayBefore && onEve && !ownDayWritten && t.value() != null && t.value().granularity() == Granularity.DAY) {
          TimeValue v = TimeValue.of(eve.plusDays(offset));
          if (!v.equals(t.value())) {
            if (out == null) {
              out = new ArrayList<>(times);
            }
            out.set(i, new TimeMention(t.text(), t.start(), t.end(), v, null, false));
          }
        }
        continue;
      }
      if (t.value() != null && t.duration() == null && t.value().granularity() == Granularity.DAY && t.value().yearKnown()
          && PartialTime.writesDayNumber(t.text())) {
        dayBefore = true;
        LocalDate d = t.value().firstDay();
        ownDayWritten |= d.equals(published);
        lastOnEve = d.equals(eve);
      }
    }
    if (lastOnEve != null) {
      onEve = lastOnEve;
    }
    return out == null ? times : List.copyOf(out);
  }

  /** The offset of the REFDAY word a time starts with (이날 0, 전날 -1), or null when it starts with none. */
  private Integer relativeDay(String text) {
    String squashed = text.replace(" ", "");
    for (String w : lexicon.words(TimeLexicon.WordClass.REFDAY)) {
      if (squashed.startsWith(w.replace(" ", ""))) {
        return lexicon.lookup(TimeLexicon.WordClass.REFDAY, w).map(TimeLexicon.Entry::intValue).orElse(null);
      }
    }
    return null;
  }
}
