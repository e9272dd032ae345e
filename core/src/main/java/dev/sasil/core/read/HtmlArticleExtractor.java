package dev.sasil.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.date.Dateline;
import dev.sasil.core.date.MetadataDates;
import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.time.PartialDate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

/**
 * Reads a news page with jsoup: the article's main text (not menus, ads, comment widgets, scripts
 * or footers), its title and its metadata. The body is the first match of a list of known article
 * containers ({@code html.txt}: {@code <article>}, {@code itemprop=articleBody}, the ids of common
 * Korean CMSs), else the block holding the most paragraph text. Paragraphs, list items and {@code
 * <br>} become line breaks. Malformed HTML never throws. The selector lists are read once;
 * instances are immutable and thread-safe.
 *
 * <p>Publication date, first found of: {@code article:published_time}, {@code
 * og:article:published_time}, {@code itemprop=datePublished}, JSON-LD {@code datePublished}, {@code
 * <meta name=pubdate|date|…>}, {@code <time pubdate>}, {@code data-date-time}, a {@code <time
 * datetime>} in the body, a line of the page introduced by a publication word ({@code 입력
 * 2024.10.02 09:12}, see {@link Dateline}), the first {@code <time datetime>} of the page.
 */
public final class HtmlArticleExtractor {

  /** A body candidate needs at least this much text to be taken. */
  private static final int MIN_BODY_CHARS = 40;
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
      "blockquote", "section", "article", "main", "figure", "dd", "dt", "dl", "pre", "hr", "center");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]",
      "meta[property=og:article:published_time]",
      "meta[name=article:published_time]",
      "meta[itemprop=datePublished]",
      "JSON-LD",
      "meta[name=pubdate]",
      "meta[name=publishdate]",
      "meta[name=publish-date]",
      "meta[name=parsely-pub-date]",
      "meta[name=sailthru.date]",
      "meta[name=dc.date.issued]",
      "meta[name=DC.date.issued]",
      "meta[name=dcterms.created]",
      "meta[name=date]",
      "meta[name=dc.date]",
      "meta[name=DC.date]",
      "time[itemprop=datePublished]",
      "time[pubdate]",
      "[data-date-time]",
      "[data-published-time]");

  private final List<String> bodySelectors;
  private final String noiseSelector;

  private HtmlArticleExtractor(List<String> bodySelectors, List<String> noise) {
    this.bodySelectors = List.copyOf(bodySelectors);
    this.noiseSelector = String.join(", ", noise);
  }

  private static final class Holder {
    static final HtmlArticleExtractor STANDARD = load();
  }

  /** Reads JSON-LD; made on the first page that has some (loading Jackson is a start-up cost). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The shared extractor with the bundled selectors. */
  public static HtmlArticleExtractor standard() {
    return Holder.STANDARD;
  }

  private static HtmlArticleExtractor load() {
    List<String> body = new ArrayList<>();
    List<String> noise = new ArrayList<>();
    List<String> target = null;
    for (ResourceLines.Line line : ResourceLines.read(HtmlArticleExtractor.class, "html.txt")) {
      String e = line.text().strip();
      if (e.equals("[body]")) {
        target = body;
      } else if (e.equals("[noise]")) {
        target = noise;
      } else if (target == null) {
        throw ResourceLines.malformed("html.txt", line, "selector before any section");
      } else {
        try {
          Selector.evaluatorOf(e);
        } catch (Selector.SelectorParseException ex) {
          throw ResourceLines.malformed("html.txt", line, "bad selector");
        }
        target.add(e);
      }
    }
    return new HtmlArticleExtractor(body, noise);
  }

  /** Reads {@code html}; never throws on malformed markup. */
  public HtmlArticle extract(String html) {
    Document doc = Jsoup.parse(html);
    String title = title(doc);
    String url = firstNonBlank(
        attr(doc, "meta[property=og:url]", "content"), attr(doc, "link[rel=canonical]", "href"));
    Element body = body(doc);
    PartialDate published = published(doc, body);
    Element copy = body.clone();
    TextMeasure measure = TextMeasure.of(copy);
    int total = measure.text(copy);
    for (Element noise : copy.select(noiseSelector)) {
      if (noise != copy && noise.parent() != null && measure.text(noise) * 2 <= total) {
        noise.remove();
      }
    }
    String site = firstNonBlank(attr(doc, "meta[property=og:site_name]", "content"),
        attr(doc, "meta[name=application-name]", "content"));
    return new HtmlArticle(text(copy), title, url, published, site);
  }

  /**
   * {@code doc} with its HTML content replaced by the article text; what the document already says
   * (title, URL, date) wins over the page's metadata, whose date gets source {@code HTML}.
   */
  public RawDocument toText(RawDocument doc) {
    if (!doc.html()) {
      return doc;
    }
    HtmlArticle a = extract(doc.content());
    dev.sasil.core.Published published = doc.published().isKnown() || a.published() == null
        ? doc.published()
        : dev.sasil.core.Published.of(a.published(), dev.sasil.core.DateSource.HTML);
    return new RawDocument(doc.id(), doc.origin(), doc.title() != null ? doc.title() : a.title(),
        doc.url() != null ? doc.url() : a.url(), published, a.text(), false,
        doc.outlet() != null ? doc.outlet() : a.siteName());
  }

  private static String title(Document doc) {
    String og = attr(doc, "meta[property=og:title]", "content");
    if (og != null) {
      return stripSiteName(og);
    }
    String t = doc.title().strip();
    if (!t.isEmpty()) {
      return stripSiteName(t);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  /** {@code 제목 - 조선비즈} → {@code 제목}, when the site name is short and shorter than the rest. */
  static String stripSiteName(String title) {
    for (String sep : List.of(" | ", " - ", " :: ", " : ", " – ", " — ", " < ")) {
      int i = title.lastIndexOf(sep);
      int site = title.length() - i - sep.length();
      if (i >= 5 && site > 0 && site <= 20 && site < i) {
        return title.substring(0, i).strip();
      }
    }
    return title;
  }

  private Element body(Document doc) {
    TextMeasure measure = null;
    for (String sel : bodySelectors) {
      Element best = null;
      int bestLength = MIN_BODY_CHARS - 1;
      for (Element e : doc.select(sel)) {
        if (measure == null) {
          measure = TextMeasure.of(doc);
        }
        int length = measure.text(e);
        if (length > bestLength) {
          best = e;
          bestLength = length;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return densest(doc);
  }

  /**
   * The element with the most text in its own text nodes and direct paragraph children, outside
   * noise; ties go to the first in document order.
   */
  private Element densest(Document doc) {
    Element root = doc.body() == null ? doc : doc.body();
    Set<Element> noise = noiseAndInside(root);
    TextMeasure measure = TextMeasure.of(root);
    Element best = root;
    int bestScore = 0;
    for (Element e : root.getAllElements()) {
      if (noise.contains(e)) {
        continue;
      }
      int score = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          score += t.text().strip().length();
        } else if (child instanceof Element c && c.nameIs("p")) {
          score += measure.textOutsideLinks(c);
        }
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** The noise elements under {@code root} and every element inside one, found in one pass. */
  private Set<Element> noiseAndInside(Element root) {
    Set<Element> noise = Collections.newSetFromMap(new IdentityHashMap<>());
    noise.addAll(root.select(noiseSelector));
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    int[] depth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int d) {
        if (node instanceof Element e) {
          if (noise.contains(e)) {
            depth[0]++;
          }
          if (depth[0] > 0) {
            out.add(e);
          }
        }
      }

      @Override
      public void tail(Node node, int d) {
        if (node instanceof Element e && noise.contains(e)) {
          depth[0]--;
        }
      }
    }, root);
    return out;
  }

  private PartialDate published(Document doc, Element body) {
    for (String sel : DATE_META) {
      Optional<PartialDate> d = sel.equals("JSON-LD") ? jsonLd(doc) : dateOf(doc.selectFirst(sel));
      if (d.isPresent()) {
        return d.get();
      }
    }
    Optional<PartialDate> d = dateOf(body.selectFirst("time[datetime]"));
    return d.or(() -> publishedDateline(doc))
        .or(() -> dateOf(doc.selectFirst("time[datetime]")))
        .orElse(null);
  }

  /** The first line of the page saying when it was published ({@code 입력 2024.10.02 09:12}). */
  private static Optional<PartialDate> publishedDateline(Document doc) {
    Element root = doc.body();
    if (root == null) {
      return Optional.empty();
    }
    Element copy = root.clone();
    copy.select("script, style, noscript, template").remove();
    for (String line : text(copy).split("\n")) {
      Optional<Dateline.Match> m = Dateline.standard().parse(line);
      if (m.isPresent() && m.get().kind() == Dateline.Kind.PUBLISHED) {
        return Optional.of(m.get().date());
      }
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> dateOf(Element e) {
    if (e == null) {
      return Optional.empty();
    }
    for (String a : List.of("content", "datetime", "data-date-time", "data-published-time")) {
      if (e.hasAttr(a)) {
        return MetadataDates.parse(e.attr(a));
      }
    }
    return MetadataDates.parse(e.text());
  }

  private Optional<PartialDate> jsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<PartialDate> d = findDatePublished(Json.MAPPER.readTree(script.data()), 0);
        if (d.isPresent()) {
          return d;
        }
      } catch (IOException | RuntimeException malformed) {
        // a broken JSON-LD block is skipped like any other malformed markup
      }
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> findDatePublished(JsonNode node, int depth) {
    if (node == null || depth > 8) {
      return Optional.empty();
    }
    if (node.isObject()) {
      JsonNode d = node.get("datePublished");
      if (d != null && d.isTextual()) {
        Optional<PartialDate> p = MetadataDates.parse(d.asText());
        if (p.isPresent()) {
          return p;
        }
      }
      for (JsonNode child : node) {
        Optional<PartialDate> p = findDatePublished(child, depth + 1);
        if (p.isPresent()) {
          return p;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        Optional<PartialDate> p = findDatePublished(child, depth + 1);
        if (p.isPresent()) {
          return p;
        }
      }
    }
    return Optional.empty();
  }

  /** The text of {@code root}: blocks and {@code <br>} as line breaks, spaces collapsed. */
  static String text(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = SPACES.matcher(t.getWholeText()).replaceAll(" ");
          if (!s.isBlank() || (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n')) {
            sb.append(s);
          }
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.nameIs("br")) {
          sb.append(e.nameIs("p") ? "\n\n" : "\n");
        }
      }
    }, root);
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : sb.toString().split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(l);
      blank = false;
    }
    return out.toString();
  }

  private static String attr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }

  private static String firstNonBlank(String a, String b) {
    return a != null ? a : b;
  }
}
