package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalSentencesCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = SasilCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void printsPrecisionRecallAndF1PerFileAndOverall() throws Exception {
    Path conllu = dir.resolve("a.conllu");
    Files.writeString(conllu, "# text = 그는 떠났다.\n1\t그는\n\n# text = 다시 왔다.\n1\t다시\n", StandardCharsets.UTF_8);
    Path fixture = dir.resolve("seed.txt");
    Files.writeString(fixture, "제목\n\n첫 문장이다.\n둘째 문장이다.\n", StandardCharsets.UTF_8);
    assertThat(run("eval", "sentences", conllu.toString(), fixture.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains(conllu + "\tP 1.000  R 1.000  F1 1.000  (gold 1, predicted 1, correct 1)")
        .contains(fixture + "\tP 1.000  R 1.000  F1 1.000  (gold 2, predicted 2, correct 2)")
        .contains("all\tP 1.000  R 1.000  F1 1.000  (gold 3, predicted 3, correct 3)")
        .contains("after punctuation only");
  }

  @Test
  void aMissingFileIsNamedAndTheOthersStillScored() throws Exception {
    Path fixture = dir.resolve("seed.txt");
    Files.writeString(fixture, "첫 문장이다.\n둘째 문장이다.\n", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.conllu");
    assertThat(run("eval", "sentences", missing.toString(), fixture.toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).contains(missing.toString());
    assertThat(out.toString()).contains(fixture + "\tP 1.000");
  }

  @Test
  void opennlpTrainScoresATrainedDetectorBesideTheRules() throws Exception {
    StringBuilder gold = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      gold.append("회사는 ").append(i).append("일 새 모델을 공개했다.\n성능은 ").append(i).append(".5배 좋아졌다.\n");
    }
    Path train = dir.resolve("train.txt");
    Files.writeString(train, gold.toString(), StandardCharsets.UTF_8);
    Path test = dir.resolve("test.txt");
    Files.writeString(test, "첫 문장이다.\n둘째 문장이다.\n", StandardCharsets.UTF_8);
    assertThat(run("eval", "sentences", "--opennlp-train", train.toString(), test.toString()))
        .as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains(test + "\topennlp trained on " + train + ": P ");
  }

  @Test
  void noFileIsAUsageError() {
    assertThat(run("eval", "sentences")).isEqualTo(ExitCodes.USAGE);
  }
}
