package dev.sasil.report.markdown;

/**
 * Escapes untrusted text for GitHub-flavoured Markdown so that it reads as plain text: line
 * breaks become spaces, Markdown punctuation ({@code \ ` * _ [ ] < > | ~ & ! $}) is
 * backslash-escaped (GitHub also reads {@code $} as math), so no article can open a table cell, a link, an HTML tag or emphasis.
 * Stateless and thread-safe.
 */
public final class MarkdownEscaper {

  private static final String SPECIAL = "\\`*_[]<>|~&!$";

  private MarkdownEscaper() {}

  /**
   * The text on one line with Markdown punctuation escaped; each run of white space (line
   * breaks included) is one space, kept at the ends so that pieces can be joined. Null is the
   * empty string.
   */
  public static String inline(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else if (c < 0x20 || c == 0x7f) {
        out.append('\uFFFD');
      } else if (isSpecial(c)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpecial(char c) {
    return SPECIAL.indexOf(c) >= 0;
  }
}
