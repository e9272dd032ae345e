package dev.sasil.summarizer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of {@code ../shared/tools/score_summaries.py}: lower-cased runs of Hangul
 * syllables, ASCII letters and digits ({@code [가-힣a-z0-9]+}). Whitespace words without their
 * punctuation, so particles stay attached ({@code 연구진은} and {@code 연구진이} differ): strict,
 * and the same for every system. Thread-safe.
 */
public final class WordTokenizer implements RougeTokenizer {

  private static final Pattern TOKEN = Pattern.compile("[가-힣a-z0-9]+");

  @Override
  public String name() {
    return "words";
  }

  @Override
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
