package dev.sasil.summarizer;

import dev.sasil.core.clean.BoilerplatePatterns;
import dev.sasil.core.clean.BoilerplatePatterns.Section;
import dev.sasil.core.date.Dateline;
import java.util.BitSet;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes sentences that are never summary sentences: bylines, photo captions, copyright
 * notices, comment-widget debris, datelines. It applies core's boilerplate patterns ({@code
 * boilerplate.txt}) and {@link Dateline} to one sentence, the way the cleaner applies them to one
 * line, so a line the cleaner kept (a caption sharing a line with the paragraph, say) is still never
 * chosen once it stands as a sentence of its own. Immutable and thread-safe.
 */
public final class NoiseLines {

  private final BoilerplatePatterns patterns;
  private final Dateline datelines;

  public NoiseLines(BoilerplatePatterns patterns, Dateline datelines) {
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.datelines = Objects.requireNonNull(datelines, "datelines");
  }

  /** Over core's shared bundled patterns and datelines. */
  public static NoiseLines standard() {
    return new NoiseLines(BoilerplatePatterns.standard(), Dateline.standard());
  }

  /**
   * Whether {@code sentence} is a byline, caption, copyright notice or similar debris: a line,
   * tail or caption pattern is found in it, it is a dateline, or span patterns (an opening byline,
   * a credit) leave nothing of it.
   */
  public boolean isNoise(String sentence) {
    String t = sentence.strip();
    return patterns.matches(Section.LINE, t)
        || patterns.matches(Section.TAIL, t)
        || patterns.matches(Section.CAPTION, t)
        || datelines.parse(t).isPresent()
        || coveredBySpans(t);
  }

  /** Whether span matches, found in the whole sentence as the cleaner finds them, leave only white space. */
  private boolean coveredBySpans(String t) {
    BitSet covered = new BitSet(t.length());
    for (Pattern p : patterns.candidates(Section.SPAN, t)) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        covered.set(m.start(), m.end());
      }
    }
    for (int i = covered.nextClearBit(0); i < t.length(); i = covered.nextClearBit(i + 1)) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
