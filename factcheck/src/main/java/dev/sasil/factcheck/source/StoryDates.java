package dev.sasil.factcheck.source;

import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.date.AddressDates;
import dev.sasil.core.time.PartialDate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The day an undated article's claims are read against: the day its address is dated with ({@link
 * AddressDates}), else a day of its story ({@link Stories}), when the other articles' days, dated
 * or addressed, lie within {@value #MAX_SPREAD_DAYS} days of each other: the latest of those days
 * that the article itself writes ({@link WrittenDays}), else the story's latest. An undated
 * report of a fire whose other reports are of 24 and 25 March reads 24일 as 24 March, not as the
 * 24th of an unknown month, and its 이날 as the 24th when it writes 24일 and never 25일; a story
 * told over weeks dates nothing.
 *
 * <p>The day is an estimate for reading the claims only ({@link DateSource#ADDRESS}, {@link
 * DateSource#STORY}): the article itself stays undated in every output. A relative day (어제,
 * 지난주) read against it may be off by as many days as the estimate is; a day of the month is off
 * only across a month's end.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryDates implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The most days between the first and the last dated article of a story that still date the others. */
  public static final int MAX_SPREAD_DAYS = 7;

  /**
   * An article of a run.
   *
   * @param id its id
   * @param published the first day of its publication date, or null when unknown
   * @param addressed the day its address is dated with, or null
   * @param days the days of the month it writes
   */
  public record Dated(String id, LocalDate published, LocalDate addressed, WrittenDays days) {

    /** An article that writes no day. */
    public Dated(String id, LocalDate published, LocalDate addressed) {
      this(id, published, addressed, WrittenDays.NONE);
    }

    /** An analysed article's days: the days it writes are read only when neither date nor address dates it. */
    public static Dated of(Article a) {
      LocalDate published = a.published().isKnown() ? a.published().date().firstDay() : null;
      LocalDate addressed = AddressDates.dayIn(a.url()).orElse(null);
      return new Dated(a.id(), published, addressed, published == null && addressed == null ? WrittenDays.of(a) : WrittenDays.NONE);
    }

    /** The day it was published, else the day of its address, else null. */
    LocalDate known() {
      return published != null ? published : addressed;
    }
  }

  private static final StoryDates NONE = new StoryDates(Map.of(), Set.of());

  /** Undated article id to the day it is read against. */
  private final Map<String, LocalDate> dayOf;
  /** The undated articles whose day is their address's. */
  private final Set<String> addressed;

  private StoryDates(Map<String, LocalDate> dayOf, Set<String> addressed) {
    this.dayOf = Map.copyOf(dayOf);
    this.addressed = Set.copyOf(addressed);
  }

  /** No article dated by its story. */
  public static StoryDates none() {
    return NONE;
  }

  /** The days of the undated articles among {@code articles}, in input order, by the stories of the run. */
  public static StoryDates among(List<Dated> articles, Stories stories) {
    Map<String, LocalDate[]> spread = new HashMap<>(); // story -> earliest and latest known day
    for (Dated a : articles) {
      LocalDate day = a.known();
      if (day != null) {
        LocalDate[] s = spread.computeIfAbsent(stories.storyOf(a.id()), k -> new LocalDate[] {day, day});
        s[0] = day.isBefore(s[0]) ? day : s[0];
        s[1] = day.isAfter(s[1]) ? day : s[1];
      }
    }
    Map<String, LocalDate> dayOf = new HashMap<>();
    Set<String> addressed = new HashSet<>();
    for (Dated a : articles) {
      if (a.published() != null) {
        continue;
      }
      if (a.addressed() != null) {
        dayOf.put(a.id(), a.addressed());
        addressed.add(a.id());
        continue;
      }
      LocalDate[] s = spread.get(stories.storyOf(a.id()));
      if (s != null && s[1].toEpochDay() - s[0].toEpochDay() <= MAX_SPREAD_DAYS) {
        dayOf.put(a.id(), a.days().latestWithin(s[0], s[1]).orElse(s[1]));
      }
    }
    return dayOf.isEmpty() ? NONE : new StoryDates(dayOf, addressed);
  }

  /** As {@link #among(List, Stories)}, of the articles' nouns and dates ({@link StoryTerms}), in input order. */
  public static StoryDates ofTerms(List<StoryTerms> terms, Stories stories) {
    List<Dated> dated = new java.util.ArrayList<>(terms.size());
    terms.forEach(t -> dated.add(new Dated(t.id(), t.published(), t.addressed(), t.days())));
    return among(dated, stories);
  }

  /** As {@link #among(List, Stories)}, of analysed articles. */
  public static StoryDates of(List<Article> articles, Stories stories) {
    List<Dated> dated = new java.util.ArrayList<>(articles.size());
    articles.forEach(a -> dated.add(Dated.of(a)));
    return among(dated, stories);
  }

  /** The day an undated article is read against, if its story dates it. */
  public Optional<LocalDate> dayOf(String articleId) {
    return Optional.ofNullable(dayOf.get(articleId));
  }

  /**
   * The article to read claims from: an undated article its address dates with that day ({@link
   * DateSource#ADDRESS}), one its story dates with the story's ({@link DateSource#STORY}), any
   * other as it is.
   */
  public Article toRead(Article article) {
    LocalDate day = article.published().isKnown() ? null : dayOf.get(article.id());
    if (day == null) {
      return article;
    }
    return new Article(article.id(), article.title(), article.url(), Published.of(PartialDate.of(day),
        addressed.contains(article.id()) ? DateSource.ADDRESS : DateSource.STORY),
        article.text(), article.sentences(), article.language(), article.warnings(), article.outlet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryDates d && dayOf.equals(d.dayOf) && addressed.equals(d.addressed);
  }

  @Override
  public int hashCode() {
    return 31 * dayOf.hashCode() + addressed.hashCode();
  }

  @Override
  public String toString() {
    return "StoryDates" + new java.util.TreeMap<>(dayOf);
  }
}
