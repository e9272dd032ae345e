package dev.sasil.report.claimreview;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.report.Labels;
import dev.sasil.report.Report;
import dev.sasil.report.ReportArticle;
import dev.sasil.report.ReportWriter;
import dev.sasil.report.SafeUrl;
import dev.sasil.report.FindingExplainer;
import dev.sasil.report.json.ContractJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cross-source findings as schema.org {@code ClaimReview} JSON-LD, the way fact-check sites
 * publish them: one review per contradiction and agreement in an {@code @graph}. The claim
 * reviewed names the subject, the attribute and the values; {@code itemReviewed} is a {@code
 * Claim} whose {@code appearance} lists each article (id, URL, headline, date, the cited
 * sentence); {@code reviewRating.alternateName} is {@code 논쟁 중 / conflicting sources} or
 * {@code 출처 일치 / sources agree}. Single-source claims are not reviews and are left out.
 * No dates of review are written, so the output is the same on every run. Stateless and
 * thread-safe.
 */
public final class ClaimReviewWriter implements ReportWriter {

  /** The textual rating of a contradiction. */
  public static final String CONFLICTING = "논쟁 중 / conflicting sources";

  /** The textual rating of an agreement. */
  public static final String AGREE = "출처 일치 / sources agree";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Labels labels;
  private final FindingExplainer explainer;
  private final ContractJson json = new ContractJson();

  public ClaimReviewWriter() {
    this(Labels.standard());
  }

  public ClaimReviewWriter(Labels labels) {
    this.labels = labels;
    this.explainer = new FindingExplainer(labels);
  }

  @Override
  public String write(Report report) {
    return json.write(tree(report));
  }

  /** {@code {"@context": "https://schema.org", "@graph": [ClaimReview...]}}. */
  public ObjectNode tree(Report report) {
    ObjectNode root = NODES.objectNode();
    root.put("@context", "https://schema.org");
    ArrayNode graph = root.putArray("@graph");
    int i = 0;
    for (Finding f : report.findings()) {
      i++;
      if (f.verdict() != Verdict.SINGLE_SOURCE) {
        graph.add(review(f, i, report));
      }
    }
    return root;
  }

  private ObjectNode review(Finding f, int number, Report report) {
    ObjectNode r = NODES.objectNode();
    r.put("@type", "ClaimReview");
    r.put("@id", "#finding-" + number);
    r.put("name", labels.verdict(f.verdict()) + ": " + f.subject() + " " + labels.attribute(f.attribute()));
    r.put("claimReviewed", claimReviewed(f));
    r.put("inLanguage", labels.language().code());
    r.put("reviewBody", explainer.explain(f, report));
    ObjectNode author = r.putObject("author");
    author.put("@type", "Organization");
    author.put("name", "Sasil");
    author.put("description", report.header().generator());

    ObjectNode item = r.putObject("itemReviewed");
    item.put("@type", "Claim");
    ObjectNode about = item.putObject("about");
    about.put("@type", "Thing");
    about.put("name", f.subject());
    ArrayNode appearance = item.putArray("appearance");
    Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
    f.claims().forEach(c -> byArticle.computeIfAbsent(c.evidence().articleId(), k -> new ArrayList<>()).add(c));
    ObjectNode first = null;
    String firstDate = null;
    for (Map.Entry<String, List<Claim>> e : byArticle.entrySet()) {
      ObjectNode work = appearance(e.getKey(), e.getValue(), report);
      appearance.add(work);
      String d = work.path("datePublished").asText(null);
      if (d != null && (firstDate == null || d.compareTo(firstDate) < 0)) {
        firstDate = d;
        first = work;
      }
    }
    if (first != null) {
      item.set("firstAppearance", first.deepCopy());
    }

    ObjectNode rating = r.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("alternateName", f.verdict() == Verdict.CONTRADICTION ? CONFLICTING : AGREE);
    rating.put("ratingExplanation", explainer.explain(f, report));
    return r;
  }

  /** {@code 오픈AI 설립: 2016 (000.txt) / 2015 (002.txt)}. */
  private String claimReviewed(Finding f) {
    String values = f.claims().stream()
        .map(c -> labels.value(c.value()) + " (" + c.evidence().articleId() + ")")
        .distinct()
        .collect(Collectors.joining(" / "));
    String shown = labels.qualifiers(f.qualifiers());
    String qualifiers = shown.isEmpty() ? "" : " [" + shown + "]";
    return f.subject() + " " + labels.attribute(f.attribute()) + qualifiers + ": " + values;
  }

  private ObjectNode appearance(String articleId, List<Claim> claims, Report report) {
    ObjectNode w = NODES.objectNode();
    w.put("@type", "NewsArticle");
    w.put("identifier", articleId);
    Optional<Article> a = report.article(articleId).map(ReportArticle::article);
    if (a.isPresent()) {
      SafeUrl.linkable(a.get().url()).ifPresent(u -> w.put("url", u));
      if (!a.get().title().isBlank()) {
        w.put("headline", a.get().title());
      }
      if (a.get().published().isKnown()) {
        w.put("datePublished", a.get().published().date().toString());
      }
    }
    w.put("text", claims.stream().map(c -> c.evidence().sentence()).distinct().collect(Collectors.joining("\n")));
    return w;
  }
}
