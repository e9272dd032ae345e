package dev.sasil.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What text every match of a regular expression contains, read from the expression: a list of
 * requirements, each a set of strings of which a match holds at least one ({@code
 * [가-힣]{2,4}\s*(기자|특파원)\s*[\w.]+@} needs one of 기자 and 특파원, and {@code @}). A text
 * that fails a requirement holds no match, so searching it can be skipped: {@link #mayMatch} is a
 * quick test before {@code find()} for a pattern searched in many lines.
 *
 * <p>Conservative: an expression with flags (inline or compiled), quoting ({@code \Q}) or escapes it
 * does not know gets no requirement, and so does whatever is optional, repeated zero times or
 * inside a look-around. Immutable and thread-safe.
 */
public final class RequiredText {

  private static final RequiredText NONE = new RequiredText(List.of());

  /** Each requirement: the strings of which a match holds at least one. */
  private final List<List<String>> requirements;

  /** For each requirement, the {@link #charMask} of each of its strings. */
  private final long[][] masks;

  private RequiredText(List<List<String>> requirements) {
    this.requirements = requirements;
    this.masks = new long[requirements.size()][];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = requirements.get(i).stream().mapToLong(RequiredText::charMask).toArray();
    }
  }

  /**
   * The characters of {@code text} folded into 64 bits, for {@link #mayMatch(String, long)}: a
   * text holds a string only if its mask has every bit of the string's.
   */
  public static long charMask(String text) {
    long mask = 0;
    for (int i = 0; i < text.length(); i++) {
      mask |= bit(text.charAt(i));
    }
    return mask;
  }

  private static long bit(char c) {
    return 1L << (c & 63);
  }

  /** What every match of {@code p} contains; no requirement when the expression is beyond this reading. */
  public static RequiredText of(Pattern p) {
    if (p.flags() != 0) {
      return NONE;
    }
    try {
      Parser parser = new Parser(p.pattern());
      List<Set<String>> found = parser.alternatives();
      if (parser.at != parser.regex.length()) {
        return NONE;
      }
      List<List<String>> out = new ArrayList<>();
      for (Set<String> r : found) {
        out.add(List.copyOf(r));
      }
      return new RequiredText(List.copyOf(out));
    } catch (Unknown e) {
      return NONE;
    }
  }

  /** The requirements, for tests: each a list of strings of which a match holds at least one. */
  public List<List<String>> requirements() {
    return requirements;
  }

  /** Whether {@code text} meets every requirement: false means it holds no match. */
  public boolean mayMatch(String text) {
    return mayMatch(text, charMask(text));
  }

  /**
   * {@link #mayMatch(String)} for a text whose {@link #charMask} is known: for a text tested
   * against many expressions, each test then mostly looks at a bit.
   */
  public boolean mayMatch(String text, long textMask) {
    for (int i = 0; i < masks.length; i++) {
      if (!holdsOne(text, textMask, requirements.get(i), masks[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsOne(String text, long textMask, List<String> strings, long[] stringMasks) {
    for (int k = 0; k < stringMasks.length; k++) {
      if ((stringMasks[k] & ~textMask) == 0 && text.contains(strings.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** An expression this reading does not know. */
  private static final class Unknown extends Exception {
    private static final long serialVersionUID = 1L;

    Unknown() {
      super(null, null, false, false);
    }
  }

  /** A recursive reading of the expression's syntax, from {@link #at}. */
  private static final class Parser {
    private static final String ZERO_WIDTH_OR_CLASS = "sSdDwWbBAzZGRhHvVX";

    final String regex;
    int at;

    Parser(String regex) {
      this.regex = regex;
    }

    /**
     * Alternatives up to the end or a closing parenthesis: the requirements of the only one, or
     * one requirement of each of several joined (a match holds one of them), or none.
     */
    List<Set<String>> alternatives() throws Unknown {
      List<List<Set<String>>> alts = new ArrayList<>();
      alts.add(sequence());
      while (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        alts.add(sequence());
      }
      if (alts.size() == 1) {
        return alts.get(0);
      }
      Set<String> any = new LinkedHashSet<>();
      for (List<Set<String>> a : alts) {
        if (a.isEmpty()) {
          return List.of();
        }
        any.addAll(a.get(0));
      }
      return List.of(any);
    }

    /** A sequence of elements up to {@code |}, {@code )} or the end. */
    private List<Set<String>> sequence() throws Unknown {
      List<Set<String>> out = new ArrayList<>();
      StringBuilder run = new StringBuilder(); // literal characters in a row, each once
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        char c = regex.charAt(at);
        String literal = null;
        List<Set<String>> group = List.of();
        if (c == '\\') {
          literal = escape();
        } else if (c == '[') {
          int open = at;
          skipClass();
          group = plainClass(regex.substring(open + 1, at - 1));
        } else if (c == '(') {
          group = group();
        } else if (c == '.' || c == '^' || c == '$') {
          at++;
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
          throw new Unknown(); // a quantifier after nothing
        } else {
          int n = Character.charCount(regex.codePointAt(at)); // a quantifier after it takes the whole code point
          literal = regex.substring(at, at + n);
          at += n;
        }
        int min = quantifier();
        if (literal != null && min == 1 && !quantified) {
          run.append(literal);
          continue;
        }
        flush(run, out);
        if (literal != null && min >= 1) {
          out.add(Set.of(literal));
        } else if (min >= 1) {
          out.addAll(group);
        }
      }
      flush(run, out);
      return out;
    }

    /** Whether the last element read had a quantifier. */
    private boolean quantified;

    private static void flush(StringBuilder run, List<Set<String>> out) {
      if (!run.isEmpty()) {
        out.add(Set.of(run.toString()));
        run.setLength(0);
      }
    }

    /** The character an escape at {@link #at} stands for, or null for a class or an anchor. */
    private String escape() throws Unknown {
      if (at + 1 >= regex.length()) {
        throw new Unknown();
      }
      char e = regex.charAt(at + 1);
      at += 2;
      if (e == 'p' || e == 'P') {
        if (at < regex.length() && regex.charAt(at) == '{') {
          int close = regex.indexOf('}', at);
          if (close < 0) {
            throw new Unknown();
          }
          at = close + 1;
        } else {
          at++;
        }
        return null;
      }
      if (ZERO_WIDTH_OR_CLASS.indexOf(e) >= 0 || (e >= '1' && e <= '9')) {
        return null;
      }
      if (Character.isLetterOrDigit(e)) {
        throw new Unknown(); // quoting, code points, named groups, control characters …: not read here
      }
      return String.valueOf(e);
    }

    /**
     * A class of plain characters listed ({@code [ⓒ©]}): a match holds one of them; none for
     * any other class (ranges, negation, escapes, nesting).
     */
    private static List<Set<String>> plainClass(String inside) {
      if (inside.isEmpty() || inside.startsWith("^")) {
        return List.of();
      }
      Set<String> chars = new LinkedHashSet<>();
      for (int i = 0; i < inside.length(); ) {
        int cp = inside.codePointAt(i);
        if (cp == '\\' || cp == '[' || cp == ']' || cp == '-' || cp == '&') {
          return List.of();
        }
        chars.add(Character.toString(cp));
        i += Character.charCount(cp);
      }
      return List.of(chars);
    }

    /** Skips a character class at {@link #at}, nested classes and escapes included. */
    private void skipClass() throws Unknown {
      int depth = 0;
      int open = at;
      for (; at < regex.length(); at++) {
        char c = regex.charAt(at);
        if (c == '\\') {
          at++;
        } else if (c == '[') {
          depth++;
        } else if (c == ']' && at > open + 1 + (regex.startsWith("^", open + 1) ? 1 : 0) && --depth == 0) {
          at++;
          return;
        }
      }
      throw new Unknown();
    }

    /** The requirements of a group at {@link #at}; none for a look-around or a group with flags. */
    private List<Set<String>> group() throws Unknown {
      at++;
      boolean nothingRequired = false;
      if (regex.startsWith("?", at)) {
        if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
          at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
          at += 2;
          nothingRequired = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
          at += 3;
          nothingRequired = true;
        } else if (regex.startsWith("?<", at)) {
          int close = regex.indexOf('>', at);
          if (close < 0) {
            throw new Unknown();
          }
          at = close + 1;
        } else {
          int colon = regex.indexOf(':', at);
          if (colon < 0 || !regex.substring(at + 1, colon).matches("[a-wyzA-Z-]+")) {
            throw new Unknown(); // flags for the rest of the expression, or with comments
          }
          at = colon + 1;
          nothingRequired = true; // flags for the group alone ((?i:share)): read over, nothing required
        }
      }
      List<Set<String>> inside = alternatives();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new Unknown();
      }
      at++;
      return nothingRequired ? List.of() : inside;
    }

    /** The least number of times a quantifier at {@link #at} allows (1 without one); reads it. */
    private int quantifier() throws Unknown {
      quantified = true;
      int min;
      if (at >= regex.length()) {
        quantified = false;
        return 1;
      }
      char c = regex.charAt(at);
      if (c == '*' || c == '?') {
        min = 0;
        at++;
      } else if (c == '+') {
        min = 1;
        at++;
      } else if (c == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new Unknown();
        }
        String body = regex.substring(at + 1, close);
        if (!body.matches("\\d+(,\\d*)?")) {
          throw new Unknown();
        }
        int comma = body.indexOf(',');
        min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
        at = close + 1;
      } else {
        quantified = false;
        return 1;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive
      }
      return min;
    }
  }
}
