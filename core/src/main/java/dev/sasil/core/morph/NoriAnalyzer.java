package dev.sasil.core.morph;

import dev.sasil.core.Morpheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Korean morphology with Lucene's Nori tokenizer: every morpheme with its Nori tag ({@code NNG},
 * {@code NNP}, {@code VV}, {@code XSV}, {@code E} for endings, {@code J} for particles, {@code SL},
 * {@code SN} …). Punctuation is left out.
 *
 * <p>Compounds and inflected words are split into their morphemes ({@code 공개했다} gives
 * 공개/NNG, 하/XSV, 았/E, 다/E; {@code 세웠지만} gives 세우/VV, 었/E, 지만/E). Offset policy: a
 * morpheme whose form is written verbatim at its place in the text gets its own exact offsets
 * (its surface equals the text between them); morphemes fused into contracted syllables
 * ({@code 했} = 하 + 았, {@code 세웠} = 세우 + 었) carry their dictionary form and all share the span
 * of the fused characters. So offsets never cut a syllable, and for every morpheme whose surface
 * is not a dictionary form the span is the shortest stretch of text that contains it.
 *
 * <p>Resources: Lucene's system dictionary (a singleton of Lucene) and the bundled user dictionary
 * of domain words ({@code userdict.txt}: 챗GPT, 오픈AI, 라마2 … kept whole), parsed once per
 * process and shared by all instances (see {@link NoriDictionaries}). Each thread reuses its own
 * tokenizer (Lucene's {@link Analyzer} reuse), so one instance may be shared by any number of threads. Never throws on any string.
 *
 * <p>Known weaknesses of Nori: dictionary entries of the user dictionary are all common nouns
 * (NNG); rare or new words fall back to its unknown-word model and may be split oddly; some
 * ambiguous short forms get an unlikely analysis ({@code 가서} as 갈/VV).
 */
public final class NoriAnalyzer implements MorphAnalyzer {

  private final UserDictionary userDictionary;

  /** Lucene's per-thread reuse of one tokenizer: building a KoreanTokenizer per sentence is costly. */
  private final Analyzer reusable;

  private NoriAnalyzer(UserDictionary userDictionary) {
    this.userDictionary = userDictionary;
    this.reusable = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new KoreanTokenizer(
            AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, userDictionary, DecompoundMode.NONE, false, true));
      }
    };
  }

  /** An analyzer with the bundled user dictionary of domain words (shared by all such analyzers). */
  public static NoriAnalyzer withBundledDictionary() {
    return new NoriAnalyzer(NoriDictionaries.bundledUserDictionary());
  }

  /** An analyzer with Nori's system dictionary only (for comparisons). */
  public static NoriAnalyzer withoutUserDictionary() {
    return new NoriAnalyzer(null);
  }

  /** The user dictionary in use, or null; the same instance for all bundled analyzers. */
  UserDictionary userDictionary() {
    return userDictionary;
  }

  @Override
  public List<Morpheme> analyze(String text, int offset) {
    List<Morpheme> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset: " + offset);
    }
    try (TokenStream tokenizer = reusable.tokenStream("", text)) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int start = offsets.startOffset();
        int end = offsets.endOffset();
        KoMorphData.Morpheme[] parts = pos.getMorphemes();
        if (suffixReadAsContraction(text, start, end, parts, out, offset)) {
          out.add(new Morpheme("치", POS.Tag.XSN, offset + start, offset + end));
        } else if (parts == null || parts.length == 0 || pos.getPOSType() == POS.Type.MORPHEME) {
          if (term.length() > 0 && pos.getLeftPOS() != null) {
            out.add(new Morpheme(term.toString(), pos.getLeftPOS(), offset + start, offset + end));
          }
        } else {
          align(text, start, end, parts, offset, out);
        }
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
    return out;
  }

  /**
   * Whether the token {@code text[start, end)} is the suffix 치 of a noun (속보치, 최고치: a
   * figure of that kind) that Nori read as the contraction of 하지 because no particle follows it
   * (속보치·전 분기 대비, a list's last 최고치): written right after a noun, and not before the
   * negation the contraction needs (예상치 못한, 생각치 않게 are 예상하지, 생각하지).
   */
  private static boolean suffixReadAsContraction(
      String text, int start, int end, KoMorphData.Morpheme[] parts, List<Morpheme> out, int offset) {
    if (end - start != 1 || text.charAt(start) != '치' || parts == null || parts.length != 2
        || !parts[0].surfaceForm().equals("하") || parts[1].posTag() != POS.Tag.EC || out.isEmpty()) {
      return false;
    }
    Morpheme before = out.get(out.size() - 1);
    if (before.end() != offset + start || !before.isNoun()) {
      return false;
    }
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return !(text.startsWith("못", next) || text.startsWith("않", next) || text.startsWith("아니", next));
  }

  /**
   * Gives the parts of a compound or inflected token {@code text[start, end)} their offsets: parts
   * written verbatim from the left and from the right get their own spans; the parts in between
   * (fused by contraction) share what is left, or the whole token when nothing is left.
   */
  private static void align(
      String text, int start, int end, KoMorphData.Morpheme[] parts, int offset, List<Morpheme> out) {
    int n = parts.length;
    int[] from = new int[n];
    int[] to = new int[n];
    int left = start;
    int l = 0;
    while (l < n && text.startsWith(parts[l].surfaceForm(), left) && left + parts[l].surfaceForm().length() <= end) {
      from[l] = left;
      left += parts[l].surfaceForm().length();
      to[l] = left;
      l++;
    }
    int right = end;
    int r = n - 1;
    while (r >= l && right - parts[r].surfaceForm().length() >= left
        && text.startsWith(parts[r].surfaceForm(), right - parts[r].surfaceForm().length())) {
      to[r] = right;
      right -= parts[r].surfaceForm().length();
      from[r] = right;
      r--;
    }
    for (int i = l; i <= r; i++) {
      from[i] = left < right ? left : start;
      to[i] = left < right ? right : end;
    }
    for (int i = 0; i < n; i++) {
      String surface = parts[i].surfaceForm();
      if (surface == null || surface.isEmpty() || parts[i].posTag() == null) {
        continue;
      }
      out.add(new Morpheme(surface, parts[i].posTag(), offset + from[i], offset + to[i]));
    }
  }
}
