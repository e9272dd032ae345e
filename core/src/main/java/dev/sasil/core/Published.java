package dev.sasil.core;

import dev.sasil.core.time.PartialDate;
import java.util.Objects;

/**
 * An article's publication date and where it came from, or unknown. The tool never invents a
 * date: {@link #UNKNOWN} has neither, and the day a story estimates for an undated article
 * ({@link DateSource#STORY}) serves only to read its claims.
 */
public record Published(PartialDate date, DateSource source) {

  public static final Published UNKNOWN = new Published(null, null);

  public Published {
    if ((date == null) != (source == null)) {
      throw new IllegalArgumentException("a date needs a source and a source a date: " + date + ", " + source);
    }
  }

  public static Published of(PartialDate date, DateSource source) {
    return new Published(Objects.requireNonNull(date), Objects.requireNonNull(source));
  }

  public boolean isKnown() {
    return date != null;
  }
}
