package dev.sasil.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The strings a report shows its reader, in one language, from {@code messages_LANG.properties}
 * (UTF-8): {@code key=text} with {@code {0}}, {@code {1}} … for values the caller has already
 * written for readers, and {@code one|other} forms for counts. No text a reader sees is written
 * in Java. Immutable and thread-safe; each language is loaded once.
 */
public final class Messages {

  private final ReportLanguage language;
  private final Map<String, String> texts;

  Messages(ReportLanguage language, Map<String, String> texts) {
    this.language = Objects.requireNonNull(language, "language");
    this.texts = Map.copyOf(texts);
  }

  private static final class Holder {
    static final Map<ReportLanguage, Messages> ALL = loadAll();

    private static Map<ReportLanguage, Messages> loadAll() {
      Map<ReportLanguage, Messages> out = new EnumMap<>(ReportLanguage.class);
      for (ReportLanguage l : ReportLanguage.values()) {
        out.put(l, new Messages(l, load("messages_" + l.code() + ".properties")));
      }
      return out;
    }
  }

  /** The bundled messages of a language. */
  public static Messages of(ReportLanguage language) {
    return Holder.ALL.get(language);
  }

  static Map<String, String> load(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public ReportLanguage language() {
    return language;
  }

  /** The keys, sorted. */
  java.util.Set<String> keys() {
    return new java.util.TreeSet<>(texts.keySet());
  }

  /**
   * The text of {@code key} with {@code {i}} replaced by {@code args[i]}.
   *
   * @throws IllegalArgumentException naming the key when it has no text (a programming error)
   */
  public String get(String key, Object... args) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no message '" + key + "' in " + language.code());
    }
    int bar = t.indexOf('|');
    return fill(bar < 0 ? t : t.substring(0, bar), args);
  }

  /** Whether {@code key} has a text. */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** The form of {@code key} for {@code n}: {@code 1 article}, {@code 5 articles}, {@code 기사 5건}. */
  public String count(String key, int n) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no message '" + key + "' in " + language.code());
    }
    int bar = t.indexOf('|');
    String form = bar < 0 ? t : n == 1 ? t.substring(0, bar) : t.substring(bar + 1);
    return fill(form, new Object[] {n});
  }

  private static String fill(String t, Object[] args) {
    if (args.length == 0 || t.indexOf('{') < 0) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '{' && i + 2 < t.length() && Character.isDigit(t.charAt(i + 1)) && t.charAt(i + 2) == '}') {
        int n = t.charAt(i + 1) - '0';
        b.append(n < args.length ? String.valueOf(args[n]) : "");
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
