package dev.sasil.report.html;

/**
 * Escapes untrusted text for HTML and SVG: safe in element content and in quoted attribute
 * values alike ({@code & < > " '} become character references). Control characters other than
 * tab, line feed and carriage return, lone surrogates and noncharacters U+FFFE/U+FFFF become
 * U+FFFD, so the output is well-formed for both HTML and XML parsers. Every string from an
 * article goes through this one method. Stateless and thread-safe.
 */
public final class HtmlEscaper {

  private HtmlEscaper() {}

  /** The escaped text; null is the empty string. */
  public static String escape(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = null;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      String rep = replacement(s, i, c);
      if (rep == null || (rep.isEmpty() && out == null)) {
        if (out != null) {
          out.append(c);
        } else if (rep != null) {
          i++; // a valid surrogate pair, nothing to copy yet
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(len + 16);
        out.append(s, 0, i);
      }
      if (rep.isEmpty()) {
        // a valid surrogate pair: copy both halves
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(rep);
      }
    }
    return out == null ? s : out.toString();
  }

  /** null to keep the char, "" for a valid surrogate pair, or the replacement. */
  private static String replacement(String s, int i, char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      case '\t':
      case '\n':
      case '\r':
        return null;
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF') {
      return "\uFFFD";
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? "" : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) {
      return "\uFFFD";
    }
    return null;
  }
}
