package dev.sasil.factcheck.extract;

import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Attributes that are a bare verb or adjective stem, the label of a predicate neither lexicon
 * names (열리, 머무르, 옮기), written in their dictionary form (열리다, 머무르다, 옮기다), as a reader
 * looks a predicate up; a noun (발생, 분리) stays as it is. One per article: which labels are stems
 * is learnt from the sentences their claims were read in, and the claims and the derivations
 * pending on them are relabelled together at the article's end, so that a derivation still finds
 * its base. Not thread-safe.
 */
final class VerbLabels {

  /** The suffix of a Korean predicate's dictionary form. */
  private static final String DICTIONARY_ENDING = "다";

  private final Grammar grammar;
  private final Set<String> stems = new HashSet<>();

  VerbLabels(Grammar grammar) {
    this.grammar = grammar;
  }

  /** Notes which of a sentence's claims are labelled with a verb or adjective stem of that sentence. */
  void note(List<ExtractedClaim> claims, List<Morpheme> morphemes) {
    for (ExtractedClaim c : claims) {
      String attribute = c.claim().attribute();
      if (stems.contains(attribute) || lightVerb(attribute)) {
        continue;
      }
      for (Morpheme m : morphemes) {
        if ((m.tag() == POS.Tag.VV || m.tag() == POS.Tag.VA) && m.surface().equals(attribute)) {
          stems.add(attribute);
          break;
        }
      }
    }
  }

  /** The claims, each labelled with a verb stem given the dictionary form. */
  List<ExtractedClaim> relabel(List<ExtractedClaim> claims) {
    if (stems.isEmpty()) {
      return claims;
    }
    List<ExtractedClaim> out = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      Claim x = c.claim();
      out.add(!stems.contains(x.attribute()) ? c
          : new ExtractedClaim(new Claim(x.subject(), label(x.attribute()), x.value(), x.qualifiers(), x.evidence(),
              x.derivation()), c.firm(), c.stage()));
    }
    return out;
  }

  /** The derivations, each with its own and its base's label as {@link #relabel} gives them. */
  List<PendingDerivation> relabelPending(List<PendingDerivation> pending) {
    if (stems.isEmpty()) {
      return pending;
    }
    List<PendingDerivation> out = new ArrayList<>(pending.size());
    for (PendingDerivation p : pending) {
      out.add(new PendingDerivation(p.subject(), label(p.attribute()), p.qualifiers(), p.evidence(), p.baseSubject(),
          label(p.baseAttribute()), p.baseValue(), p.duration(), p.firm()));
    }
    return out;
  }

  /**
   * Whether a stem ends in a light verb (grammar.txt's ACTIVE_LIGHT and PASSIVE_LIGHT: 하, 되, 받),
   * as Nori may read a noun's verb (인하/VV of 인하한): the noun is its label (인하), not a verb made
   * of it.
   */
  private boolean lightVerb(String stem) {
    return stem.length() > 1
        && (grammar.endsWith(Grammar.Section.ACTIVE_LIGHT, stem) || grammar.endsWith(Grammar.Section.PASSIVE_LIGHT, stem));
  }

  private String label(String attribute) {
    return stems.contains(attribute) ? attribute + DICTIONARY_ENDING : attribute;
  }
}
