package dev.sasil.core;

/**
 * One morpheme of a sentence as Nori analyses it.
 *
 * @param surface the text as written (for inflected forms, the morpheme's own form)
 * @param tag the part-of-speech tag of the Sejong tag set as Nori names it ({@code NNG}, {@code NNP},
 *     {@code VV}, {@code SL}, {@code SN} …)
 * @param start offset of the first character in the article's cleaned text
 * @param end offset after the last character in the article's cleaned text
 */
public record Morpheme(String surface, String tag, int start, int end) {

  public Morpheme {
    if (surface == null || surface.isEmpty()) {
      throw new IllegalArgumentException("empty morpheme");
    }
    if (tag == null || tag.isEmpty()) {
      throw new IllegalArgumentException("morpheme without a tag: " + surface);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + surface);
    }
  }

  /** Nouns (common, proper, dependent excluded), numbers and foreign words. */
  public boolean isNominal() {
    return tag.equals("NNG") || tag.equals("NNP") || tag.equals("SL") || tag.equals("SH")
        || tag.equals("SN") || tag.equals("NR");
  }

  /** Verbs and adjectives (stems). */
  public boolean isPredicate() {
    return tag.equals("VV") || tag.equals("VA") || tag.equals("XR");
  }

  /** Words that carry content: nominals and predicates, not particles, endings or symbols. */
  public boolean isContent() {
    return isNominal() || isPredicate();
  }
}
