package dev.sasil.core.morph;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * The bundled Nori user dictionary ({@code userdict.txt}), parsed once per process on first use
 * (a lazy holder: the class-loading lock makes it thread-safe) and shared read-only by every
 * {@link NoriAnalyzer}. Lucene's system dictionary is itself a process-wide singleton.
 */
final class NoriDictionaries {

  static final String USER_DICT = "userdict.txt";

  private NoriDictionaries() {}

  /** The bundled user dictionary, the same instance on every call. */
  static UserDictionary bundledUserDictionary() {
    return Holder.USER_DICTIONARY;
  }

  private static final class Holder {
    static final UserDictionary USER_DICTIONARY = load();

    private static UserDictionary load() {
      try (InputStream in = NoriDictionaries.class.getResourceAsStream(USER_DICT)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + USER_DICT);
        }
        UserDictionary dictionary = UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (dictionary == null) {
          throw new IllegalStateException(USER_DICT + " has no entries");
        }
        return dictionary;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + USER_DICT, e);
      }
    }
  }
}
