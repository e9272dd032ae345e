package dev.sasil.core.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text every element of a tree holds, measured in one pass: the length of its text nodes
 * with white space collapsed and trimmed (close to {@link Element#text()}'s length, without the
 * spaces between nodes), and how much of it is inside links. Asking {@code text()} of every
 * candidate instead costs time proportional to the depth times the size (100,000 nested {@code
 * <div>}s took half a minute). Not thread-safe; one per tree.
 */
final class TextMeasure {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  private final Map<Element, int[]> measures = new IdentityHashMap<>();

  private TextMeasure() {}

  /** Measures every element under {@code root}, {@code root} included. */
  static TextMeasure of(Element root) {
    TextMeasure m = new TextMeasure();
    Deque<int[]> open = new ArrayDeque<>();
    int[] links = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          open.push(new int[2]);
          if (e.nameIs("a")) {
            links[0]++;
          }
        } else if (node instanceof TextNode t && !open.isEmpty()) {
          int n = length(t.getWholeText());
          open.peek()[0] += n;
          open.peek()[1] += links[0] > 0 ? n : 0;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int[] own = open.pop();
          m.measures.put(e, own);
          if (!open.isEmpty()) {
            open.peek()[0] += own[0];
            open.peek()[1] += own[1];
          }
          if (e.nameIs("a")) {
            links[0]--;
          }
        }
      }
    }, root);
    return m;
  }

  /** The length of a text with runs of white space as one space, trimmed. */
  static int length(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : SPACES.matcher(s).replaceAll(" ").length();
  }

  /** The text length of an element of the tree; 0 for one that is not in it. */
  int text(Element e) {
    int[] m = measures.get(e);
    return m == null ? 0 : m[0];
  }

  /** The text length of an element of the tree outside links. */
  int textOutsideLinks(Element e) {
    int[] m = measures.get(e);
    return m == null ? 0 : m[0] - m[1];
  }
}
