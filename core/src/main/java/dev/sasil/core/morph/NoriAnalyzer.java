package dev.sasil.core.morph;

import dev.sasil.core.Morpheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Korean morphology with Lucene's Nori tokenizer. The system dictionary is Lucene's shared
 * singleton; the user dictionary ({@code userdict.txt}) is parsed once per instance. A
 * tokenizer is created per call, so one instance may be shared by any number of threads.
 */
public final class NoriAnalyzer implements MorphAnalyzer {

  private static final String USER_DICT = "userdict.txt";

  private final UserDictionary userDictionary;

  private NoriAnalyzer(UserDictionary userDictionary) {
    this.userDictionary = userDictionary;
  }

  /** An analyzer with the bundled user dictionary of domain words. */
  public static NoriAnalyzer withBundledDictionary() {
    try (InputStream in = NoriAnalyzer.class.getResourceAsStream(USER_DICT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + USER_DICT);
      }
      return new NoriAnalyzer(UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + USER_DICT, e);
    }
  }

  @Override
  public List<Morpheme> analyze(String text, int offset) {
    List<Morpheme> out = new ArrayList<>();
    try (KoreanTokenizer tokenizer =
        new KoreanTokenizer(
            AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, userDictionary, DecompoundMode.DISCARD, false)) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        String surface = term.toString();
        if (surface.isEmpty() || pos.getLeftPOS() == null) {
          continue;
        }
        out.add(new Morpheme(surface, pos.getLeftPOS().name(),
            offset + offsets.startOffset(), offset + offsets.endOffset()));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string failed", e);
    }
    return out;
  }
}
