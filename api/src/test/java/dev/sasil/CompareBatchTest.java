package dev.sasil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import dev.sasil.core.work.Workers;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareBatchTest {

  private static final Sasil SASIL = Sasil.standard();

  private static List<Article> seeds() {
    return SASIL.reader().read(List.of(TestData.examples().resolve("seeds.jsonl").toString())).articles();
  }

  private static CompareBatch batch(long budget, Workers workers) {
    return new CompareBatch(SourceComparer.standard(), SASIL.reader().pipeline(), workers, budget);
  }

  @Test
  void articlesKeptWithoutTheirMorphemesAreAnalysedAgainAndGiveTheSameCrossCheck() {
    List<Article> seeds = seeds();
    CrossCheck whole = SASIL.compare(seeds);
    assertThat(whole.findings()).isNotEmpty();
    for (long budget : new long[] {0, 2_000, Long.MAX_VALUE}) {
      for (int threads : new int[] {1, 3}) {
        CompareBatch b = batch(budget, Workers.of(threads));
        seeds.forEach(b::add);
        assertThat(b.finish()).as("budget %d, %d threads", budget, threads).isEqualTo(whole);
      }
    }
  }

  @Test
  void beyondTheBudgetAnArticleIsKeptWithoutItsMorphemesAndItsText() {
    List<Article> seeds = seeds();
    CompareBatch b = batch(0, Workers.single());
    seeds.forEach(b::add);
    assertThat(b.articles()).hasSameSizeAs(seeds);
    assertThat(b.articles().get(0).sentences()).allSatisfy(s -> assertThat(s.morphemes()).isEmpty());
    assertThat(b.articles().get(0).text()).as("the sentences hold every character a claim cites").isEmpty();
    assertThat(SASIL.reader().pipeline().analysed(b.articles().get(0)).sentences()).isEqualTo(seeds.get(0).sentences());
  }

  @Test
  void aBatchIsFinishedOnce() {
    CompareBatch b = batch(Long.MAX_VALUE, Workers.single());
    b.add(seeds().get(0));
    b.finish();
    assertThatThrownBy(b::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.add(seeds().get(1))).isInstanceOf(IllegalStateException.class);
  }
}
