package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus against {@code examples/gold.json}, matched the way {@code score_findings.py}
 * matches: a gold evidence item is covered by a claim of the same article whose sentence, with
 * all whitespace removed, contains the item's {@code contains} text, whitespace removed.
 */
class GoldFindingsTest {

  private static List<Finding> findings;
  private static JsonNode gold;

  @BeforeAll
  static void compare() throws IOException {
    List<Article> articles = Articles.read(TestData.examples().resolve("seeds.jsonl"));
    findings = SourceComparer.standard().compare(articles);
    gold = new ObjectMapper().readTree(Files.readString(TestData.examples().resolve("gold.json")));
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static boolean covers(Finding f, JsonNode evidence) {
    for (JsonNode ev : evidence) {
      boolean hit = false;
      for (Claim c : f.claims()) {
        if (c.evidence().articleId().equals(ev.get("article").asText())
            && squash(c.evidence().sentence()).contains(squash(ev.get("contains").asText()))) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }

  private static boolean found(JsonNode item, Set<Verdict> verdicts) {
    return findings.stream().anyMatch(f -> verdicts.contains(f.verdict()) && covers(f, item.get("evidence")));
  }

  @Test
  void findsEveryAgreement() {
    List<String> missed = new ArrayList<>();
    for (JsonNode item : gold.get("agreements")) {
      if (!item.path("stretch").asBoolean() && !found(item, Set.of(Verdict.AGREEMENT))) {
        missed.add(item.get("id").asText() + ": " + item.get("about").asText());
      }
    }
    assertThat(missed).as("agreements not found").isEmpty();
  }

  @Test
  void findsEveryNonStretchContradiction() {
    List<String> missed = new ArrayList<>();
    for (JsonNode item : gold.get("contradictions")) {
      if (!item.path("stretch").asBoolean() && !found(item, Set.of(Verdict.CONTRADICTION))) {
        missed.add(item.get("id").asText() + ": " + item.get("about").asText());
      }
    }
    assertThat(missed).as("contradictions not found").isEmpty();
  }

  @Test
  void linksNoNotContradictionAsContradiction() {
    List<String> linked = new ArrayList<>();
    for (JsonNode item : gold.get("not_contradictions")) {
      if (found(item, Set.of(Verdict.CONTRADICTION))) {
        linked.add(item.get("id").asText() + ": " + item.get("about").asText());
      }
    }
    assertThat(linked).as("distractors linked as contradictions").isEmpty();
  }

  @Test
  void contradictionPrecisionIsAtLeastFourFifths() {
    List<Finding> contradictions = findings.stream().filter(f -> f.verdict() == Verdict.CONTRADICTION).toList();
    long right = contradictions.stream().filter(f -> {
      for (JsonNode g : gold.get("contradictions")) {
        if (covers(f, g.get("evidence"))) {
          return true;
        }
      }
      return false;
    }).count();
    assertThat(contradictions).isNotEmpty();
    assertThat((double) right / contradictions.size()).as("contradiction precision of " + contradictions).isGreaterThanOrEqualTo(0.8);
  }
}
