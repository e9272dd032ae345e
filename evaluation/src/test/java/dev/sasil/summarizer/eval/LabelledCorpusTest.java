package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCorpusTest {

  @TempDir Path dir;

  @Test
  void readsRecordsAndJoinsTheGoldSentences() throws IOException {
    Path f = write("{\"id\": \"01\", \"title\": \"제목\", \"text\": \"가. 나. 다.\", \"sentences\": [\"가.\", \"나.\", \"다.\"], \"summary\": [0, 2]}\n\n");
    List<LabelledArticle> corpus = LabelledCorpus.read(f);
    assertThat(corpus).hasSize(1);
    assertThat(corpus.get(0).reference()).isEqualTo("가. 다.");
    assertThat(corpus.get(0).title()).isEqualTo("제목");
  }

  @Test
  void aBadLineIsNamedByNumber() throws IOException {
    Path f = write("{\"id\": \"01\", \"sentences\": [\"가.\"], \"summary\": [0]}\n{\"id\": \"02\", \"sentences\": [\"가.\"], \"summary\": [5]}\n");
    assertThatThrownBy(() -> LabelledCorpus.read(f)).isInstanceOf(IOException.class).hasMessageContaining(":2:");
    Path g = write("not json\n");
    assertThatThrownBy(() -> LabelledCorpus.read(g)).isInstanceOf(IOException.class).hasMessageContaining(":1:");
  }

  private Path write(String content) throws IOException {
    Path f = Files.createTempFile(dir, "corpus", ".jsonl");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
