package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.ArticlePipeline;
import dev.sasil.summarizer.RankingParameters;
import dev.sasil.summarizer.SummaryOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightSearchTest {

  @Test
  void combinationsCoverTheGridInItsOrder() {
    Map<String, List<String>> grid = new LinkedHashMap<>();
    grid.put("a", List.of("1", "2"));
    grid.put("b", List.of("x", "y", "z"));
    List<Map<String, String>> c = WeightSearch.combinations(grid);
    assertThat(c).hasSize(6);
    assertThat(c.get(0)).containsExactly(Map.entry("a", "1"), Map.entry("b", "x"));
    assertThat(c.get(5)).containsExactly(Map.entry("a", "2"), Map.entry("b", "z"));
  }

  @Test
  void theFirstCorpusDecidesAmongCombinationsKeepingTheOthersAboveTheFloor() {
    WeightSearch.Result high = new WeightSearch.Result(Map.of(), List.of(0.8, 0.5));
    assertThat(high.target()).isEqualTo(0.8);
    assertThat(high.keeps(0.6)).isFalse();
    assertThat(high.keeps(0.5)).isTrue();
    assertThat(high.mean()).isEqualTo(0.65);
  }

  @Test
  void theLeadWinsWhenTheLabelsAreTheLead() {
    // the graph ranking's weights: modelSentences 0 keeps this short article off the selection model
    String text = "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다. "
        + "시민단체는 요금 인상에 앞서 노선 개편이 먼저라고 주장하면서 시청 앞에서 오랫동안 집회를 열었고 시의회에도 의견서를 냈다. "
        + "지하철 요금은 이번 인상에서 빠졌다.";
    LabelledArticle a = new LabelledArticle("a", null, null, text,
        List.of("부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
            "시민단체는 요금 인상에 앞서 노선 개편이 먼저라고 주장하면서 시청 앞에서 오랫동안 집회를 열었고 시의회에도 의견서를 냈다.",
            "지하철 요금은 이번 인상에서 빠졌다."),
        List.of(0));
    WeightSearch search = new WeightSearch(ArticlePipeline.standard(), List.of(List.of(a)));
    Map<String, List<String>> grid = new LinkedHashMap<>();
    grid.put("reportLengthExponent", List.of("3", "0"));
    grid.put("leadBonus", List.of("0", "5"));
    List<WeightSearch.Result> results =
        search.run(RankingParameters.DEFAULT.with(Map.of("leadSentences", "1", "modelSentences", "0")), grid,
            SummaryOptions.ofSentences(1), 0);
    assertThat(results).hasSize(4);
    assertThat(results.get(0).target()).isEqualTo(1.0);
    WeightSearch.Result worst = results.get(3);
    assertThat(worst.target()).isLessThan(1.0);
    assertThat(worst.changes()).containsEntry("leadBonus", "0");
  }
}
