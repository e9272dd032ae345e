package dev.sasil.core.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Matched quote marks and brackets of one line: how deeply each character is nested, and where
 * each matched pair closes. Marks that find no partner on their line are ignored, so one stray
 * quote mark cannot swallow the rest of a paragraph. The straight quotes {@code "} and {@code '}
 * pair with the nearest open one of their kind; an apostrophe between two Latin letters or
 * digits ({@code don't}, {@code Musk’s}) is not a quote mark. Immutable after construction.
 */
final class QuotePairs {

  private static final String OPENERS = "“‘「『《〈([{«【〔";
  private static final String CLOSERS = "”’」』》〉)]}»】〕";

  /** How deep into the stack of open marks a closing mark looks for its partner. */
  private static final int MAX_SEARCH = 16;

  private final int start;
  private final int[] depth;
  private final boolean[] closesPair;

  private QuotePairs(int start, int[] depth, boolean[] closesPair) {
    this.start = start;
    this.depth = depth;
    this.closesPair = closesPair;
  }

  /** The pairs of {@code text[start, end)}. */
  static QuotePairs of(CharSequence text, int start, int end) {
    int n = end - start;
    int[] depth = new int[n + 1];
    boolean[] closes = new boolean[n];
    Deque<Integer> stack = new ArrayDeque<>();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isApostrophe(text, start, end, i)) {
        continue;
      }
      if (c == '"' || c == '\'') {
        Integer open = findOpen(text, stack, c);
        if (open != null) {
          closePair(stack, open, i, start, depth, closes);
        } else {
          stack.push(i);
        }
        continue;
      }
      int o = OPENERS.indexOf(c);
      if (o >= 0) {
        stack.push(i);
        continue;
      }
      int k = CLOSERS.indexOf(c);
      if (k >= 0) {
        Integer open = findOpen(text, stack, OPENERS.charAt(k));
        if (open != null) {
          closePair(stack, open, i, start, depth, closes);
        }
      }
    }
    // depth holds +1 after each opener and -1 at each closer: its running sum is the depth
    for (int i = 1; i < n; i++) {
      depth[i] += depth[i - 1];
    }
    return new QuotePairs(start, depth, closes);
  }

  /** Nesting depth of the character at {@code i}; quote marks count as outside their own pair. */
  int depth(int i) {
    return depth[i - start];
  }

  /** Whether the character at {@code i} closes a matched pair. */
  boolean closesPair(int i) {
    return closesPair[i - start];
  }

  /** Whether {@code c} is a closing quote mark or bracket of any kind (straight quotes included). */
  static boolean isCloser(char c) {
    return CLOSERS.indexOf(c) >= 0 || c == '"' || c == '\'';
  }

  /** Whether {@code c} is an opening quote mark or bracket of any kind (straight quotes included). */
  static boolean isOpener(char c) {
    return OPENERS.indexOf(c) >= 0 || c == '"' || c == '\'';
  }

  /**
   * The innermost open mark {@code opener} among the top {@value #MAX_SEARCH} of the stack, or null:
   * the bound keeps a line of thousands of stray marks linear.
   */
  private static Integer findOpen(CharSequence text, Deque<Integer> stack, char opener) {
    int seen = 0;
    for (Integer pos : stack) {
      if (text.charAt(pos) == opener) {
        return pos;
      }
      if (++seen == MAX_SEARCH) {
        break;
      }
    }
    return null;
  }

  private static void closePair(Deque<Integer> stack, int open, int close, int start, int[] delta, boolean[] closes) {
    while (!stack.isEmpty() && stack.peek() != open) {
      stack.pop();
    }
    stack.pop();
    delta[open - start + 1]++;
    delta[close - start]--;
    closes[close - start] = true;
  }

  private static boolean isApostrophe(CharSequence text, int start, int end, int i) {
    char c = text.charAt(i);
    if (c != '\'' && c != '’') {
      return false;
    }
    return i > start && i + 1 < end && isLatinOrDigit(text.charAt(i - 1)) && isLatinOrDigit(text.charAt(i + 1));
  }

  private static boolean isLatinOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
