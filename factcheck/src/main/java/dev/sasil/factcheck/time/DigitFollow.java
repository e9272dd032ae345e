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
 * the rewritten pattern, which matches at least what the original matches, is probed with {@code
 * 0…0c} for every run length and every character {@code c} the pattern mentions, plus one
 * character it does not mention (all such characters behave alike). A probe that matches or runs
 * out of text ({@link Matcher#hitEnd}) allows {@code c}. A pattern this rewriting cannot vouch for
 * (lookbehinds, back-references, {@code .}, negated classes, classes such as {@code \w}, flags, a
 * digit in a negative lookaround) allows everything.
 *
 * <p>Immutable and thread-safe.
 */
final class DigitFollow {

  /** Runs longer than this are not judged (allowed). */
  static final int MAX_RUN = 12;

  private static final String WHITESPACE = " \t\n\u000B\f\r";

  /** Per run length 1..MAX_RUN, the mentioned characters allowed after it; null when every character is. */
  private final BitSet[] allowed;
  /** Per run length, whether an unmentioned character is allowed after it. */
  private final boolean[] otherAllowed;
  private final BitSet mentioned;

  private DigitFollow(BitSet[] allowed, boolean[] otherAllowed, BitSet mentioned) {
    this.allowed = allowed;
    this.otherAllowed = otherAllowed;
    this.mentioned = mentioned;
  }

  /** A table that allows everything: for a pattern that cannot start with a digit, which is never asked. */
  static final DigitFollow ANY = new DigitFollow(null, null, null);

  /** The follow table of {@code p}; one that allows everything when {@code p} cannot be vouched for. */
  static DigitFollow of(Pattern p) {
    Blind blind = blind(p.pattern());
    if (blind == null) {
      return ANY;
    }
    Pattern bp = Pattern.compile(blind.regex());
    // characters in the same atoms are alike to the pattern: one probe per kind of character
    int[] kind = kinds(blind.atoms());
    BitSet mentioned = new BitSet(Character.MAX_VALUE + 1);
    blind.atoms().forEach(mentioned::or);
    int other = mentioned.nextClearBit(0);
    int kinds = 0;
    for (int k : kind) {
      kinds = Math.max(kinds, k + 1);
    }
    char[] sample = new char[kinds]; // one character of each kind
    for (int c = mentioned.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = mentioned.nextSetBit(c + 1)) {
      if (sample[kind[c]] == 0) {
        sample[kind[c]] = (char) c;
      }
    }
    BitSet[] allowed = new BitSet[MAX_RUN + 1];
    boolean[] otherAllowed = new boolean[MAX_RUN + 1];
    String zeros = "";
    for (int len = 1; len <= MAX_RUN; len++) {
      zeros += "0";
      BitSet ok = new BitSet();
      Matcher run = bp.matcher(zeros);
      if (run.lookingAt() || run.hitEnd()) {
        boolean[] kindOk = new boolean[kinds];
        for (int k = 1; k < kinds; k++) {
          kindOk[k] = sample[k] != 0 && viable(bp, zeros + sample[k]);
        }
        for (int c = mentioned.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = mentioned.nextSetBit(c + 1)) {
          if (kindOk[kind[c]]) {
            ok.set(c);
          }
        }
        otherAllowed[len] = other <= Character.MAX_VALUE && viable(bp, zeros + (char) other);
      }
      allowed[len] = ok;
    }
    return new DigitFollow(allowed, otherAllowed, mentioned);
  }

  /** For each character, a number shared exactly by the characters that belong to the same atoms (0: to none). */
  private static int[] kinds(java.util.List<BitSet> atoms) {
    int[] kind = new int[Character.MAX_VALUE + 1];
    int next = 1;
    for (BitSet atom : atoms) {
      java.util.Map<Integer, Integer> split = new java.util.HashMap<>();
      for (int c = atom.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = atom.nextSetBit(c + 1)) {
        Integer k = split.get(kind[c]);
        if (k == null) {
          k = next++;
          split.put(kind[c], k);
        }
        kind[c] = k;
      }
    }
    return kind;
  }

  private static boolean viable(Pattern p, String probe) {
    Matcher m = p.matcher(probe);
    return m.lookingAt() || m.hitEnd();
  }

  /**
   * Whether a match can start with a run of {@code run} digits followed by {@code next}; always
   * true for runs longer than {@link #MAX_RUN} and for a pattern this class cannot vouch for.
   */
  boolean allows(int run, char next) {
    if (allowed == null || run > MAX_RUN) {
      return true;
    }
    return mentioned.get(next) ? allowed[run].get(next) : otherAllowed[run];
  }

  /** Whether this table can ever refuse. */
  boolean judges() {
    return allowed != null;
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
            char q = quoted.charAt(k);
            atoms.add(single(q));
            if (isDigit(q)) {
              if (negative > 0) {
                return null;
              }
              out.append("\\d");
            } else {
              out.append(Pattern.quote(String.valueOf(q)));
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
          atoms.add(single(c));
          if (isDigit(c)) {
            if (negative > 0) {
              return null;
            }
            out.append("\\d");
          } else {
            out.append(c);
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

  private static BitSet single(char c) {
    BitSet b = new BitSet();
    b.set(c);
    return b;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
