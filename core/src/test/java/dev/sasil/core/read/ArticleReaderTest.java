package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.work.Workers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static ArticleReader reader;

  @TempDir Path dir;

  @BeforeAll
  static void loadPipeline() {
    reader = new ArticleReader(ArticlePipeline.standard());
  }

  /** A corpus of {@code n} short articles of our own, with a malformed record after the third. */
  private Path corpus(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add("{\"id\": \"k" + i + "\", \"text\": \"한빛전자는 올해 직원을 " + (i + 10)
          + "명 새로 뽑았다. 공장은 " + (i + 2) + "곳이다.\"}");
      if (i == 2) {
        lines.add("{\"id\": \"broken\", ");
      }
    }
    Path p = dir.resolve("corpus.jsonl");
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aBatchSaysWhatWentWrongReadingBeforeTheFirstArticleIsMade() throws IOException {
    ArticleReader.Batch batch = reader.withPublished(Map.of()).documents(List.of(corpus(5).toString(), "missing.txt"));
    assertThat(batch.size()).isEqualTo(5);
    assertThat(batch.problems()).extracting(InputProblem::toString)
        .anySatisfy(p -> assertThat(p).contains("corpus.jsonl:4"))
        .anySatisfy(p -> assertThat(p).contains("missing.txt"));
  }

  @Test
  void articlesComeInInputOrderOnSeveralThreadsAsOnOne() throws IOException {
    List<String> inputs = List.of(corpus(30).toString());
    List<String> one = new ArrayList<>();
    reader.documents(inputs).process(ArticleReader.Progress.NONE, Article::text, p -> one.add(p.result()));
    List<String> ids = new ArrayList<>();
    List<String> four = new ArrayList<>();
    List<Integer> done = new ArrayList<>();
    reader.withWorkers(Workers.of(4)).documents(inputs).process((d, total) -> done.add(d), Article::text, p -> {
      ids.add(p.article().id());
      four.add(p.result());
    });
    assertThat(four).hasSize(30).isEqualTo(one);
    assertThat(ids).startsWith("k0", "k1", "k2", "k3").endsWith("k29");
    assertThat(done).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
  }

  @Test
  void aFailureOfTheCallersFunctionIsThatDocumentsProblemOnly() throws IOException {
    List<ArticleReader.Processed<Integer>> seen = new ArrayList<>();
    reader.withWorkers(Workers.of(2)).documents(List.of(corpus(6).toString())).process(ArticleReader.Progress.NONE,
        a -> {
          if (a.id().equals("k4")) {
            throw new IllegalStateException("cannot use k4");
          }
          return a.sentences().size();
        }, seen::add);
    assertThat(seen).hasSize(6);
    assertThat(seen.get(4).ok()).isFalse();
    assertThat(seen.get(4).problem().toString()).contains("cannot use k4");
    assertThat(seen).filteredOn(ArticleReader.Processed::ok).hasSize(5)
        .allSatisfy(p -> assertThat(p.result()).isEqualTo(2));
  }

  @Test
  void readingAllAtOnceGivesWhatTheBatchGives() throws IOException {
    List<String> inputs = List.of(corpus(8).toString());
    ArticleReader.Result all = reader.withWorkers(Workers.of(3)).read(inputs);
    List<Article> streamed = new ArrayList<>();
    reader.documents(inputs).process(ArticleReader.Progress.NONE, a -> a, p -> streamed.add(p.article()));
    assertThat(all.articles()).isEqualTo(streamed);
    assertThat(all.problems()).hasSize(1);
    assertThat(all.documentsRead()).isEqualTo(8);
  }
}
