package dev.sasil.core.date;

import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.clean.BoilerplatePatterns;
import dev.sasil.core.read.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds an article's publication date. Precedence, as in the contract: what the caller gave
 * ({@link DateSource#OPTION}), the record's {@code published} field ({@link DateSource#METADATA}) and
 * HTML metadata ({@link DateSource#HTML}) all arrive with the document and win; otherwise a dateline
 * in the text ({@link DateSource#TEXT}); otherwise unknown. It never guesses: a date mentioned in a
 * sentence, or digits in a photo's file name, are not datelines.
 *
 * <p>Datelines are looked for in the original text (the cleaner drops them) among the first and
 * last {@value #WINDOW} non-blank lines of the article, the "related articles" and comment tail
 * excluded. A dateline introduced by a publication word ({@code 입력}, {@code 등록}) wins over a
 * bare date, which wins over one introduced by a change word ({@code 수정}); among equals the
 * first in the text wins. Immutable and thread-safe.
 */
public final class PublicationDateFinder {

  /** How many non-blank lines at each end of the article may hold a dateline. */
  static final int WINDOW = 8;

  private final Dateline datelines;
  private final BoilerplatePatterns boilerplate;

  public PublicationDateFinder(Dateline datelines, BoilerplatePatterns boilerplate) {
    this.datelines = Objects.requireNonNull(datelines);
    this.boilerplate = Objects.requireNonNull(boilerplate);
  }

  /** The finder with the bundled dateline words and boilerplate patterns. */
  public static PublicationDateFinder standard() {
    return new PublicationDateFinder(Dateline.standard(), BoilerplatePatterns.standard());
  }

  /**
   * The publication date of {@code doc}: the date the document carries if any, else a dateline of
   * its original text, else unknown. An HTML document's date comes from its page (see {@link
   * dev.sasil.core.read.HtmlArticleExtractor#toText}), so its markup is not searched.
   */
  public Published find(RawDocument doc) {
    if (doc.published().isKnown() || doc.html()) {
      return doc.published();
    }
    return inText(doc.content())
        .map(m -> Published.of(m.date(), DateSource.TEXT))
        .orElse(Published.UNKNOWN);
  }

  /** The best dateline of {@code text}, or empty. */
  public Optional<Dateline.Match> inText(String text) {
    List<String> all = text.lines().toList();
    List<String> lines = new ArrayList<>();
    for (String l : all.subList(0, boilerplate.tailStart(all))) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    Dateline.Match best = null;
    for (int i = 0; i < lines.size(); i++) {
      if (i >= WINDOW && i < lines.size() - WINDOW) {
        continue;
      }
      Optional<Dateline.Match> m = datelines.parse(lines.get(i));
      if (m.isPresent() && (best == null || m.get().kind().ordinal() < best.kind().ordinal())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }
}
