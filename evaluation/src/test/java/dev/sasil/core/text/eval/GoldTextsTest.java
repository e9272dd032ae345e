package dev.sasil.core.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTextsTest {

  @TempDir Path dir;

  @Test
  void conlluWithoutDocumentMarksIsOneRunningParagraph() throws Exception {
    Path f = dir.resolve("a.conllu");
    Files.writeString(f, "# sent_id = 1\n# text = 첫 문장이다.\n1\t첫\n\n# text = 둘째다.\n1\t둘\n", StandardCharsets.UTF_8);
    List<GoldText> docs = GoldTexts.read(f);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).text()).isEqualTo("첫 문장이다. 둘째다.");
    assertThat(docs.get(0).boundaries()).containsExactly(7);
  }

  @Test
  void conlluDocumentsAndParagraphsAreKeptApart() throws Exception {
    Path f = dir.resolve("b.conllu");
    Files.writeString(f, String.join("\n",
        "# newdoc id = d1", "# newpar", "# text = 가다.", "# text = 나다.", "# newpar", "# text = 다다.",
        "# newdoc id = d2", "# text = 라다.", ""), StandardCharsets.UTF_8);
    List<GoldText> docs = GoldTexts.read(f);
    assertThat(docs).extracting(GoldText::text).containsExactly("가다. 나다.\n다다.", "라다.");
    assertThat(docs.get(0).boundaries()).containsExactly(3, 7);
    assertThat(docs.get(1).boundaries()).isEmpty();
    assertThat(docs.get(1).name()).endsWith("#d2");
  }

  @Test
  void fixturesHaveOneSentencePerLineAndBlankLinesBetweenParagraphs() throws Exception {
    Path f = dir.resolve("seed.txt");
    Files.writeString(f, "# comment\n제목\n\n첫 문장.\n둘째 문장.\n\n\n셋째.\n", StandardCharsets.UTF_8);
    GoldText g = GoldTexts.read(f).get(0);
    assertThat(g.text()).isEqualTo("제목\n첫 문장. 둘째 문장.\n셋째.");
    assertThat(g.boundaries()).containsExactly(2, 8, 15);
  }
}
