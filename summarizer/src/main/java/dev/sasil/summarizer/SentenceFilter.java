package dev.sasil.summarizer;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Decides which sentences of an article may be chosen: never headings (headlines, subtitles),
 * bylines, captions or other {@link NoiseLines}; and, while the article has better ones, not
 * short fragments, run-ons, sentences with few content words or lines without a sentence ending.
 * Immutable and thread-safe.
 */
final class SentenceFilter {

  /** Punctuation that ends a sentence. */
  private static final String FINAL_PUNCTUATION = ".?!。…";

  /** Declarative and interrogative syllables that end a sentence whose period was lost. */
  private static final String FINAL_SYLLABLES = "다요죠까냐음함";

  private final NoiseLines noise;
  private final StopTerms stopTerms;
  private final DirectQuotes quotes;
  private final NewsStyle style;
  private final RankingParameters params;

  SentenceFilter(NoiseLines noise, StopTerms stopTerms, DirectQuotes quotes, NewsStyle style, RankingParameters params) {
    this.noise = noise;
    this.stopTerms = stopTerms;
    this.quotes = quotes;
    this.style = style;
    this.params = params;
  }

  /** The style rules the candidates were read with, for what else reads them. */
  NewsStyle style() {
    return style;
  }

  /** Over the bundled resources. */
  static SentenceFilter standard(StopTerms stopTerms, RankingParameters params) {
    return new SentenceFilter(NoiseLines.standard(), stopTerms, DirectQuotes.standard(), NewsStyle.standard(), params);
  }

  /**
   * The candidates of {@code article} in article order, at most {@code maxSentences}: the
   * sentences passing every test, or when none does, the body sentences that are not noise and
   * have at least one content term (so a short article still gets what it has).
   */
  List<Candidate> candidates(Article article) {
    List<Candidate> strict = new ArrayList<>();
    List<Candidate> loose = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (loose.size() >= params.maxSentences()) {
        break;
      }
      if (s.kind() != SentenceKind.BODY || noise.isNoise(s.text())) {
        continue;
      }
      List<String> terms = terms(s);
      if (terms.isEmpty()) {
        continue;
      }
      Candidate c = new Candidate(s, terms, keyTerms(s), quotes.test(s.text()),
          style.lead(s.text()), style.caption(s.text()), style.enumeration(s.text()),
          style.reportStatement(s.text()), style.attribution(s.text()));
      loose.add(c);
      if (nonSpaceLength(s.text()) >= params.minChars()
          && c.length() <= params.maxChars()
          && terms.size() >= params.minContentTerms()
          && endsSentence(s.text())) {
        strict.add(c);
      }
    }
    return strict.isEmpty() ? loose : strict;
  }

  /**
   * Whether {@code text} has a sentence ending: final punctuation, or a final declarative or
   * interrogative syllable when the period was lost, optionally followed by closing quotes,
   * brackets or other symbols (anything but a letter or a number, such as the line-break marks
   * some outlets leave in their text). Read back from the end, as the pattern {@code
   * (?:[.?!。…]|[다요죠까냐음함])[^\p{L}\p{N}]*$} would find it.
   */
  static boolean endsSentence(String text) {
    int end = text.length();
    while (end > 0) {
      int cp = text.codePointBefore(end);
      if (letterOrNumber(cp)) {
        return FINAL_SYLLABLES.indexOf(cp) >= 0;
      }
      if (FINAL_PUNCTUATION.indexOf(cp) >= 0) {
        return true;
      }
      end -= Character.charCount(cp);
    }
    return false;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter or a number of any kind. */
  private static boolean letterOrNumber(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The content terms of a sentence: content morphemes that are not stop terms, lower-cased. */
  List<String> terms(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Morpheme m : s.morphemes()) {
      if (m.isContent() && !stopTerms.contains(m.surface())) {
        out.add(m.surface().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The names, foreign words and numbers of a sentence, lower-cased, stop terms left out. */
  private Set<String> keyTerms(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Morpheme m : s.morphemes()) {
      if ((m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL || m.tag() == POS.Tag.SN)
          && !stopTerms.contains(m.surface())) {
        out.add(m.surface().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static int nonSpaceLength(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
