package dev.sasil.core.text;

import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER: splits at line breaks and at {@code . ? !} followed by white space. To be replaced
 * by the Korean rule segmenter.
 */
public final class SimpleSentenceSegmenter implements SentenceSegmenter {

  private static final Pattern PIECE = Pattern.compile("[^\\n]+?(?:[.?!](?=\\s)|$)", Pattern.MULTILINE);

  @Override
  public List<Sentence> segment(String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = PIECE.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        String t = text.substring(s, e);
        SentenceKind kind = t.matches(".*[.?!\"”’]$") ? SentenceKind.BODY : SentenceKind.HEADING;
        out.add(new Sentence(out.size(), t, s, e, kind, List.of()));
      }
    }
    return out;
  }
}
