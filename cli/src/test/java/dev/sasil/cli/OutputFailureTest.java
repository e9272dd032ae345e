package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14, item 3: {@code sasil report -q seeds.jsonl > /dev/full} exited 0. */
class OutputFailureTest {

  /** Standard output redirected to a full disk: every write fails. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static CliRun runToFullDisk(String... args) {
    StringWriter err = new StringWriter();
    int code = SasilCommand.commandLine(new FullDisk(), new PrintWriter(err, true)).execute(args);
    return new CliRun(code, "", err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"report -q", "report -q -f json", "summarize", "compare", "inspect"})
  void aCommandWhoseOutputCannotBeWrittenSaysSoInOneLineAndFails(String command) {
    String seeds = TestData.examples().resolve("seeds.jsonl").toString();
    String[] words = command.split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = seeds;
    CliRun run = runToFullDisk(args);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err().lines()).last().isEqualTo("sasil: cannot write the output: No space left on device");
  }

  @Test
  void normalizeFailsToo() {
    CliRun run = runToFullDisk("normalize", "--anchor", "2023-12-06", "메타는 지난 2월 라마를 공개했다");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err()).contains("cannot write the output: No space left on device");
  }

  @Test
  void aWriterThatFailsWithoutAReasonStillFails() {
    StringWriter err = new StringWriter();
    PrintWriter broken = new PrintWriter(new FullDisk(), true);
    int code = SasilCommand.commandLine(broken, new PrintWriter(err, true))
        .execute("normalize", "지난 2월");
    assertThat(code).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).startsWith("sasil: cannot write the output").doesNotContain("\tat ");
  }
}
