package dev.sasil.factcheck.extract;

import java.util.Objects;

/**
 * What a sentence makes of an amount, as far as a contradiction needs it: whose it is, whether it
 * is the size of a change, of which period, and whether it is stated plainly.
 *
 * @param owner the noun written right before it (서울 69.3%, 재학생이 24만명), else the subject or
 *     topic of its clause; empty when none
 * @param change true for the size of a change (2042명 증가한, 2.6% 늘었다), false for a level
 * @param period the normalized time its clause states before it or it stands in parentheses after
 *     (2020년(66.2%)); empty when none
 * @param edition the edition of a series the figure is written after (16대 of △16대 57.2%); empty when none
 * @param plain false for a figure no other can contradict: a share in parentheses after another
 *     figure, a forecast or target, a figure compared with something
 * @param forecast true for a forecast, target or estimate (시장 전망치, 목표)
 * @param published the day its article was published ({@code 2024-06-24}), or the day its claims
 *     are read against when that is estimated; empty when unknown
 * @param estimated true when {@code published} is an estimate from the article's story ({@link
 *     dev.sasil.core.DateSource#STORY}), which tells no two articles' days apart
 * @param condition true for a figure of a condition's clause (8% 이상 하락이 1분간 지속되면 발동된다):
 *     a rule's threshold, which is also {@code forecast} (not observed)
 * @param previous true for the value a change its sentence states moved away from (연 3.5%에서
 *     3.25%로 낮췄다, 3.50%인 기준금리를 3.25%로 내렸다): what was, not what the sentence reports
 * @param base true for the base another figure of its sentence is compared with (지난해 예산 7617억원보다
 *     30% 늘어난): a value of another time or owner than the sentence's own
 */
public record FigureReading(String owner, boolean change, String period, String edition, boolean plain, boolean forecast,
    String published, boolean estimated, boolean condition, boolean previous, boolean base) implements java.io.Serializable {

  /** The qualifier of a claim or an agreement of a {@code previous} value. */
  public static final String PREVIOUS = "previous";

  public FigureReading {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(published, "published");
  }

  /** The day its article was published, or empty when unknown or only estimated: a day to tell updates apart by. */
  public String publishedDay() {
    return estimated ? "" : published;
  }
}
