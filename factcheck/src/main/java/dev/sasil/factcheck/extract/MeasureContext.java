package dev.sasil.factcheck.extract;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words around a measure that change what it is ({@code measure-context.txt}): the market it
 * covers ({@code 국내 사전 판매량}: scope=domestic) and words that make it a figure for part of a
 * period ({@code 첫날}). Immutable and thread-safe; the standard lists are loaded once.
 */
final class MeasureContext {

  private static final String RESOURCE = "measure-context.txt";

  private record Word(String name, String text, Pattern pattern) {}

  private static final class Holder {
    static final MeasureContext STANDARD = load();
  }

  /** Longest first, so that 해외 시장 wins over 해외. */
  private final List<Word> scopes;
  private final List<Word> partials;
  private final List<Word> forecasts;
  private final List<Word> presents;

  private MeasureContext(List<Word> scopes, List<Word> partials, List<Word> forecasts, List<Word> presents) {
    this.presents = List.copyOf(presents);
    this.scopes = List.copyOf(scopes);
    this.partials = List.copyOf(partials);
    this.forecasts = List.copyOf(forecasts);
  }

  static MeasureContext standard() {
    return Holder.STANDARD;
  }

  static MeasureContext load() {
    List<Word> scopes = new ArrayList<>();
    List<Word> partials = new ArrayList<>();
    List<Word> forecasts = new ArrayList<>();
    List<Word> presents = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(MeasureContext.class, RESOURCE)) {
      String t = line.text().strip();
      String[] head = t.split("\\s+", 3);
      List<Word> into;
      String name;
      String rest;
      if (head[0].equals("SCOPE") && head.length == 3) {
        into = scopes;
        name = head[1];
        rest = head[2];
      } else if (List.of("PARTIAL", "FORECAST", "PRESENT").contains(head[0]) && head.length >= 2) {
        into = head[0].equals("PARTIAL") ? partials : head[0].equals("FORECAST") ? forecasts : presents;
        name = "";
        rest = t.substring(head[0].length());
      } else {
        throw ResourceLines.malformed(RESOURCE, line, "expected SCOPE NAME WORD | ... or PARTIAL|FORECAST|PRESENT WORD | ...");
      }
      for (String w : rest.split("\\|")) {
        String word = w.strip();
        if (!word.isEmpty()) {
          into.add(new Word(name, word, Pattern.compile(Pattern.quote(word).replace(" ", "\\E\\s*\\Q"))));
        }
      }
    }
    Comparator<Word> longest = Comparator.comparingInt((Word w) -> -w.text().replace(" ", "").length());
    scopes.sort(longest);
    partials.sort(longest);
    return new MeasureContext(scopes, partials, forecasts, presents);
  }

  /**
   * The scope named by the words right before {@code cueStart} (only spaces between), or empty.
   * {@code 국내 사전 판매량}, {@code 글로벌 출하량} give domestic and global.
   */
  Optional<String> scopeBefore(String text, int cueStart) {
    return scopeStart(text, cueStart).map(i -> i[0]).map(i -> scopes.get(i).name());
  }

  /** Where the scope words before {@code cueStart} begin, or {@code cueStart} when there are none. */
  int scopeFrom(String text, int cueStart) {
    return scopeStart(text, cueStart).map(i -> i[1]).orElse(cueStart);
  }

  /** {index of the scope word, its start} for the scope right before {@code cueStart}. */
  private Optional<int[]> scopeStart(String text, int cueStart) {
    int from = Math.max(0, cueStart - 12);
    String before = text.substring(from, cueStart).stripTrailing();
    for (int i = 0; i < scopes.size(); i++) {
      Matcher m = scopes.get(i).pattern().matcher(before);
      int lastEnd = -1;
      int lastStart = -1;
      while (m.find()) {
        lastEnd = m.end();
        lastStart = m.start();
      }
      int abs = from + lastStart;
      if (lastEnd == before.length() && lastStart >= 0
          && (abs == 0 || !Character.isLetterOrDigit(text.charAt(abs - 1)))) {
        return Optional.of(new int[] {i, abs});
      }
    }
    return Optional.empty();
  }

  /** Whether the rest of a clause after a figure makes it a forecast or a target (전망된다, 목표). */
  boolean forecast(String rest) {
    return forecasts.stream().anyMatch(w -> w.pattern().matcher(rest).find());
  }

  /** Whether a sentence puts its figures at the time of writing (현재, 최근, 누적). */
  boolean present(String sentence) {
    return presents.stream().anyMatch(w -> w.pattern().matcher(sentence).find());
  }

  /** Whether a partial-period word (첫날, 이틀 만에) occurs in {@code text}. */
  boolean partial(String text) {
    return partials.stream().anyMatch(w -> w.pattern().matcher(text).find());
  }
}
