package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model code that may follow a product family name: a version ({@code 라마 3.2},
 * {@code GPT-4o}, {@code 아이폰 15}), a Latin code ({@code 갤럭시 S24}, {@code X1}, {@code M3}),
 * a letter and a line name ({@code 갤럭시 Z 폴드6}), a line name with its number ({@code 버즈3}),
 * then edition words ({@code 15 Pro Max} is {@code 15 프로 맥스}) and generic words such as
 * 시리즈/모델 that are dropped ({@code 갤럭시 S24 시리즈를} names {@code 갤럭시 S24}). Different codes
 * are different entities, so an S23 launch never contradicts an S24 launch. Immutable and
 * thread-safe; the standard instance is loaded once.
 */
public final class ModelCode {

  private static final String SERIES_RESOURCE = "series-words.txt";
  /** A version number: 3.2, 15, 4o. */
  private static final Pattern NUMBER = Pattern.compile("[ -]?(\\d{1,3}(?:\\.\\d{1,2})?[a-z]?)");
  /** Latin letters then digits: S24, X1, M3, A17, S24+. */
  private static final Pattern LETTER_CODE = Pattern.compile("[ -]?([A-Z]{1,3}-?\\d{1,4}[a-z]?)(\\+?)(?![A-Za-z0-9])");
  /** A line letter and a line name with its number: Z 폴드6, Z플립5, Z Fold6. */
  private static final Pattern LINE_CODE =
      Pattern.compile(" ([A-Z]{1,2}) ?(\\p{IsHangul}{2,5}|[A-Za-z]{2,8})(\\d{1,2})(?![A-Za-z0-9])");
  /** A line name with its number: 폴드6, 버즈3. */
  private static final Pattern NAMED_NUMBER = Pattern.compile(" (\\p{IsHangul}{2,5})(\\d{1,2})(?![A-Za-z0-9])");
  private static final Pattern WORD = Pattern.compile(" ([\\p{IsHangul}A-Za-z]{2,12})");

  private static final class Holder {
    static final ModelCode STANDARD = new ModelCode(Editions.standard(), Particles.standard(), loadSeries());
  }

  /**
   * A code read after a name.
   *
   * @param version the normalized code with its editions ({@code S24 울트라}, {@code 15 프로})
   * @param end offset after the code, its editions and any dropped generic word (before particles)
   */
  public record Match(String version, int end) {}

  private final Editions editions;
  private final Particles particles;
  private final Set<String> series;

  ModelCode(Editions editions, Particles particles, Set<String> series) {
    this.editions = editions;
    this.particles = particles;
    this.series = Set.copyOf(series);
  }

  public static ModelCode standard() {
    return Holder.STANDARD;
  }

  /** The generic words dropped after a code (시리즈, 모델 …). */
  Set<String> seriesWords() {
    return series;
  }

  private static Set<String> loadSeries() {
    Set<String> out = new HashSet<>();
    for (ResourceLines.Line line : ResourceLines.read(ModelCode.class, SERIES_RESOURCE)) {
      for (String w : line.text().strip().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * The code starting at {@code p} (right after a family name), or empty.
   *
   * @param lettered whether Latin and line codes are allowed (products and unknown names, not
   *     organizations or people: 애플 M3 is Apple's chip, not a version of Apple)
   */
  public Optional<Match> at(String text, int p, boolean lettered) {
    if (p >= text.length()) {
      return Optional.empty();
    }
    String version = null;
    int end = -1;
    Matcher n = NUMBER.matcher(text).region(p, text.length());
    if (n.lookingAt()) {
      version = n.group(1);
      end = n.end();
    } else if (lettered) {
      Matcher l = LETTER_CODE.matcher(text).region(p, text.length());
      Matcher line = LINE_CODE.matcher(text).region(p, text.length());
      Matcher named = NAMED_NUMBER.matcher(text).region(p, text.length());
      if (l.lookingAt()) {
        version = l.group(1).replace("-", "") + (l.group(2).isEmpty() ? "" : " 플러스");
        end = l.end();
      } else if (line.lookingAt()) {
        version = line.group(1) + " " + line.group(2) + line.group(3);
        end = line.end();
      } else if (named.lookingAt() && !editions.edition(named.group(1)).isPresent()) {
        version = named.group(1) + named.group(2);
        end = named.end();
      }
    }
    if (version == null) {
      return Optional.empty();
    }
    StringBuilder v = new StringBuilder(version);
    // edition words (up to two: 15 Pro Max), then at most one generic word (시리즈) that is dropped;
    // the last word read may carry the particle (프로를, 시리즈가), which ends the name
    int editionsRead = 0;
    while (true) {
      Matcher w = WORD.matcher(text).region(end, text.length());
      if (!w.lookingAt()) {
        break;
      }
      Optional<WordCut> cut = cut(text, w, editionsRead < 2);
      if (cut.isEmpty()) {
        break;
      }
      end = w.start(1) + cut.get().length();
      if (cut.get().edition() != null) {
        v.append(' ').append(cut.get().edition());
        editionsRead++;
      }
      if (cut.get().particle() || cut.get().edition() == null) {
        break; // a particle ends the name; so does the generic word
      }
    }
    return Optional.of(new Match(v.toString(), end));
  }

  /**
   * How a word after a code is read: its first {@code length} characters are an edition (named
   * {@code edition}) or a generic word (edition null); {@code particle} when a particle follows.
   */
  private record WordCut(int length, String edition, boolean particle) {}

  private Optional<WordCut> cut(String text, Matcher w, boolean editionAllowed) {
    String word = w.group(1);
    for (int cut = word.length(); cut >= 2; cut--) {
      String head = word.substring(0, cut);
      String rest = word.substring(cut);
      boolean restOk = rest.isEmpty() ? wordEnds(text, w.end()) : particles.role(rest + tail(text, w.end())).isPresent();
      if (!restOk) {
        continue;
      }
      Optional<String> edition = editionAllowed ? editions.edition(head) : Optional.empty();
      if (edition.isPresent()) {
        return Optional.of(new WordCut(cut, edition.get(), !rest.isEmpty()));
      }
      if (series.contains(head)) {
        return Optional.of(new WordCut(cut, null, !rest.isEmpty()));
      }
    }
    return Optional.empty();
  }

  private static boolean wordEnds(String text, int p) {
    return p >= text.length() || !Character.isLetterOrDigit(text.charAt(p));
  }

  /** The rest of the word after {@code p}. */
  private static String tail(String text, int p) {
    return EntityMatcher.suffix(text, p);
  }
}
