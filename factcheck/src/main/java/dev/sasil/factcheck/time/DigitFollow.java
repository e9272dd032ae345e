package dev.sasil.factcheck.time;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters can follow a run of digits at the start of a match of one pattern: {@code
 * 1조}, {@code 30%} and {@code 3명} start no date, and the scan need not run the pattern there to
 * learn it.
 *
 * <p>Derived from the pattern, not listed: it is rewritten so that every digit is as good as any
 * other (a digit literal becomes {@code \d}, a class holding a digit also holds {@code \d}), and
 * the rewritten pattern, which matches at least what the original matches, is probed with a run
 * of {@code 0}s of every length ({@link #of}). A pattern this rewriting cannot vouch for
 * (lookbehinds, back-references, {@code .}, negated classes, classes such as {@code \w}, flags, a
 * digit in a negative lookaround) allows everything.
 *
 * <p>Immutable and thread-safe.
 */
final class DigitFollow {

  /** Runs longer than this are not judged (allowed). */
  static final int MAX_RUN = 12;

  private static final String WHITESPACE = " \t\n\u000B\f\r";

  /** What may follow a run of digits of one length. */
  private enum After { NOTHING, MENTIONED, ANYTHING }

  /** Per run length 1..MAX_RUN, what may follow it; null when everything may. */
  private final After[] after;
  /** The characters the pattern mentions (its literals, classes, escapes and lookarounds). */
  private final BitSet mentioned;

  private DigitFollow(After[] after, BitSet mentioned) {
    this.after = after;
    this.mentioned = mentioned;
  }

  /** A table that allows everything: for a pattern that cannot start with a digit, which is never asked. */
  static final DigitFollow ANY = new DigitFollow(null, null);

  /**
   * The follow table of {@code p}; one that allows everything when {@code p} cannot be vouched for.
   * Per run length, the rewritten pattern is probed with the run alone: when it matches, anything
   * may follow; when it runs out of text, only a character the pattern mentions (nothing else can
   * be consumed or looked at next); otherwise no match starts with that many digits. Cheap to
   * build (a dozen probes per pattern), so it costs nothing noticeable at start-up.
   */
  static DigitFollow of(Pattern p) {
    Blind blind = blind(p.pattern());
    if (blind == null) {
      return ANY;
    }
    Pattern bp = Pattern.compile(blind.regex());
    BitSet mentioned = new BitSet();
    blind.atoms().forEach(mentioned::or);
    After[] after = new After[MAX_RUN + 1];
    StringBuilder zeros = new StringBuilder();
    for (int len = 1; len <= MAX_RUN; len++) {
      zeros.append('0');
      Matcher run = bp.matcher(zeros);
      after[len] = run.lookingAt() ? After.ANYTHING : run.hitEnd() ? After.MENTIONED : After.NOTHING;
    }
    return new DigitFollow(after, mentioned);
  }

  /**
   * Whether a match can start with a run of {@code run} digits followed by {@code next}; always
   * true for runs longer than {@link #MAX_RUN} and for a pattern this class cannot vouch for.
   */
  boolean allows(int run, char next) {
    if (after == null || run > MAX_RUN) {
      return true;
    }
    return switch (after[run]) {
      case ANYTHING -> true;
      case MENTIONED -> mentioned.get(next);
      case NOTHING -> false;
    };
  }

  /** Whether this table can ever refuse. */
  boolean judges() {
    return after != null;
  }

  /**
   * The rewritten regex and the character sets of the original's atoms (its literals, classes and
   * escapes, lookarounds included).
   */
  record Blind(String regex, java.util.List<BitSet> atoms) {}

  /** Rewrites {@code regex} so that all digits are alike; null for what the rewriting cannot vouch for. */
  static Blind blind(String regex) {
    StringBuilder out = new StringBuilder();
    java.util.List<BitSet> atoms = new java.util.ArrayList<>();
    // depth of each open group and whether it is a negative lookaround
    java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
    int negative = 0;
    int n = regex.length();
    int i = 0;
    while (i < n) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n) {
          return null;
        }
        char e = regex.charAt(i + 1);
        if (e == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          String quoted = end < 0 ? regex.substring(i + 2) : regex.substring(i + 2, end);
          for (int k = 0; k < quoted.length(); k++) {
            if (!literal(out, atoms, quoted.charAt(k), negative > 0, true)) {
              return null;
            }
          }
          i = end < 0 ? n : end + 2;
          continue;
        }
        int[] len = new int[1];
        BitSet chars = escape(regex, i, len);
        if (chars == null) {
          return null;
        }
        atoms.add(chars);
        out.append(regex, i, i + len[0]);
        i += len[0];
        continue;
      }
      switch (c) {
        case '[' -> {
          int end = classEnd(regex, i);
          if (end < 0) {
            return null;
          }
          String body = regex.substring(i + 1, end);
          BitSet chars = classChars(body);
          if (chars == null) {
            return null;
          }
          atoms.add(chars);
          boolean digit = chars.nextSetBit('0') >= 0 && chars.nextSetBit('0') <= '9';
          if (digit && negative > 0) {
            return null;
          }
          out.append('[').append(digit ? "\\d" : "").append(body).append(']');
          i = end + 1;
        }
        case '{' -> {
          int end = regex.indexOf('}', i);
          if (end < 0) {
            return null;
          }
          out.append(regex, i, end + 1);
          i = end + 1;
        }
        case '(' -> {
          if (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
            return null;
          }
          boolean neg = regex.startsWith("(?!", i);
          groups.push(neg);
          if (neg) {
            negative++;
          }
          if (regex.startsWith("(?<", i)) {
            int end = regex.indexOf('>', i);
            out.append(regex, i, end + 1);
            i = end + 1;
          } else if (regex.startsWith("(?:", i) || regex.startsWith("(?=", i) || neg) {
            out.append(regex, i, i + 3);
            i += 3;
          } else if (regex.startsWith("(?", i)) {
            return null; // flags, atomic groups and the like
          } else {
            out.append(c);
            i++;
          }
        }
        case ')' -> {
          if (groups.isEmpty()) {
            return null;
          }
          if (groups.pop()) {
            negative--;
          }
          out.append(c);
          i++;
        }
        case '.' -> {
          return null;
        }
        case '|', '?', '*', '+', '^', '$' -> {
          out.append(c);
          i++;
        }
        default -> {
          if (!literal(out, atoms, c, negative > 0, false)) {
            return null;
          }
          i++;
        }
      }
    }
    return new Blind(out.toString(), atoms);
  }

  /**
   * The characters of the escape at {@code i} (its length into {@code len[0]}), or null for one
   * this class does not vouch for.
   */
  private static BitSet escape(String regex, int i, int[] len) {
    char e = regex.charAt(i + 1);
    BitSet out = new BitSet();
    len[0] = 2;
    switch (e) {
      case 'd' -> out.set('0', '9' + 1);
      case 's' -> WHITESPACE.chars().forEach(out::set);
      case 't' -> out.set('\t');
      case 'n' -> out.set('\n');
      case 'r' -> out.set('\r');
      case 'f' -> out.set('\f');
      case 'u' -> {
        if (i + 6 > regex.length()) {
          return null;
        }
        try {
          out.set(Integer.parseInt(regex.substring(i + 2, i + 6), 16));
        } catch (NumberFormatException x) {
          return null;
        }
        len[0] = 6;
      }
      default -> {
        if (Character.isLetterOrDigit(e)) {
          return null; // \w, \p{..}, \b, back-references and the rest
        }
        out.set(e);
      }
    }
    return out;
  }

  /** The index of the {@code ]} closing the class opened at {@code start}, or -1. */
  private static int classEnd(String regex, int start) {
    int i = start + 1;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += regex.startsWith("u", i + 1) ? 6 : 2;
      } else if (c == '[') {
        return -1; // nested classes and intersections are not vouched for
      } else if (c == ']') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The characters a class body matches, or null when negated or not understood. */
  static BitSet classChars(String body) {
    if (body.isEmpty() || body.charAt(0) == '^' || body.contains("&&")) {
      return null;
    }
    BitSet out = new BitSet();
    int i = 0;
    int prev = -1;
    while (i < body.length()) {
      char c = body.charAt(i);
      int single;
      if (c == '\\') {
        int[] len = new int[1];
        if (i + 1 >= body.length()) {
          return null;
        }
        BitSet chars = escape(body, i, len);
        if (chars == null) {
          return null;
        }
        i += len[0];
        if (chars.cardinality() != 1) {
          out.or(chars);
          prev = -1;
          continue;
        }
        single = chars.nextSetBit(0);
      } else if (c == '-' && prev >= 0 && i + 1 < body.length()) {
        int[] len = new int[1];
        int hi;
        if (body.charAt(i + 1) == '\\') {
          BitSet chars = escape(body, i + 1, len);
          if (chars == null || chars.cardinality() != 1) {
            return null;
          }
          hi = chars.nextSetBit(0);
        } else {
          hi = body.charAt(i + 1);
          len[0] = 1;
        }
        if (hi < prev) {
          return null;
        }
        out.set(prev, hi + 1);
        i += 1 + len[0];
        prev = -1;
        continue;
      } else {
        single = c;
        i++;
      }
      out.set(single);
      prev = single;
    }
    return out;
  }

  /**
   * Writes a literal character of the pattern, a digit as {@code \\d}, and records it as an atom;
   * false for a digit inside a negative lookaround, which the rewriting cannot vouch for.
   */
  private static boolean literal(StringBuilder out, java.util.List<BitSet> atoms, char c, boolean inNegative,
      boolean quote) {
    atoms.add(single(c));
    if (isDigit(c)) {
      out.append("\\d");
      return !inNegative;
    }
    out.append(quote ? Pattern.quote(String.valueOf(c)) : String.valueOf(c));
    return true;
  }

  private static BitSet single(char c) {
    BitSet b = new BitSet();
    b.set(c);
    return b;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
