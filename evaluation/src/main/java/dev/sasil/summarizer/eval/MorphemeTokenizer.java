package dev.sasil.summarizer.eval;

import dev.sasil.core.Morpheme;
import dev.sasil.core.morph.MorphAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Nori morphemes as ROUGE tokens, lower-cased, punctuation and symbols left out (foreign words,
 * numbers and Chinese characters kept). Usual for Korean ROUGE: particles and endings become
 * tokens of their own, so {@code 연구진은} and {@code 연구진이} share {@code 연구진}. Thread-safe
 * when the analyzer is.
 */
public final class MorphemeTokenizer implements RougeTokenizer {

  private final MorphAnalyzer analyzer;

  public MorphemeTokenizer(MorphAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  @Override
  public String name() {
    return "morphemes";
  }

  @Override
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Morpheme m : analyzer.analyze(text, 0)) {
      if (!m.isSymbol()) {
        out.add(m.surface().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
