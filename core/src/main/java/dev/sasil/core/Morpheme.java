package dev.sasil.core;

import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * One morpheme of a sentence as Nori analyses it.
 *
 * @param surface the text as written (for inflected forms, the morpheme's own form)
 * @param tag the part-of-speech tag as Lucene's Nori types it: the Sejong tag set of mecab-ko-dic 2.1,
 *     with particles split by case ({@code JKS} subject, {@code JKO} object, {@code JKB} adverbial,
 *     {@code JKG} genitive, {@code JX} auxiliary such as the topic 은/는 …) and endings by role
 *     ({@code EP} pre-final, {@code EF} final, {@code EC} connective, {@code ETM} adnominal,
 *     {@code ETN} nominal)
 * @param start offset of the first character in the article's cleaned text
 * @param end offset after the last character in the article's cleaned text
 */
public record Morpheme(String surface, POS.Tag tag, int start, int end) {

  private static final Set<POS.Tag> NOMINAL =
      EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH, POS.Tag.SN, POS.Tag.NR);
  private static final Set<POS.Tag> PARTICLE = EnumSet.of(POS.Tag.JKS, POS.Tag.JKC, POS.Tag.JKG,
      POS.Tag.JKO, POS.Tag.JKB, POS.Tag.JKV, POS.Tag.JKQ, POS.Tag.JX, POS.Tag.JC);
  private static final Set<POS.Tag> ENDING =
      EnumSet.of(POS.Tag.EP, POS.Tag.EF, POS.Tag.EC, POS.Tag.ETN, POS.Tag.ETM);
  private static final Set<POS.Tag> SYMBOL = EnumSet.of(POS.Tag.SF, POS.Tag.SP, POS.Tag.SSC,
      POS.Tag.SSO, POS.Tag.SC, POS.Tag.SY, POS.Tag.SE);
  private static final Set<POS.Tag> VERBAL =
      EnumSet.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.XSV, POS.Tag.XSA);

  public Morpheme {
    if (surface == null || surface.isEmpty()) {
      throw new IllegalArgumentException("empty morpheme");
    }
    if (tag == null) {
      throw new IllegalArgumentException("morpheme without a tag: " + surface);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + surface);
    }
  }

  /** Nouns (common, proper, dependent excluded), numbers and foreign words. */
  public boolean isNominal() {
    return NOMINAL.contains(tag);
  }

  /** Verbs and adjectives (stems). */
  public boolean isPredicate() {
    return tag == POS.Tag.VV || tag == POS.Tag.VA || tag == POS.Tag.XR;
  }

  /** Words that carry content: nominals and predicates, not particles, endings or symbols. */
  public boolean isContent() {
    return isNominal() || isPredicate();
  }

  /** Case and auxiliary particles ({@code J…}). */
  public boolean isParticle() {
    return PARTICLE.contains(tag);
  }

  /** Verbal endings ({@code E…}). */
  public boolean isEnding() {
    return ENDING.contains(tag);
  }

  /** Punctuation and other symbols; Latin letters, Hanja and digits are not symbols. */
  public boolean isSymbol() {
    return SYMBOL.contains(tag);
  }

  /** Stems that inflect: verbs, adjectives, auxiliaries and the verb- and adjective-making suffixes. */
  public boolean isVerbal() {
    return VERBAL.contains(tag);
  }

  /** Common and proper nouns ({@code NNG}, {@code NNP}). */
  public boolean isNoun() {
    return tag == POS.Tag.NNG || tag == POS.Tag.NNP;
  }
}
