package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 14, item 7: a run out of heap ended in a raw JVM stack trace with empty output. */
class OutOfMemoryTest {

  @TempDir Path dir;

  @CommandLine.Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void aCommandThatRunsOutOfHeapSaysSoInOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SasilCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    cl.addSubcommand("exhaust", new Exhaust());
    assertThat(cl.execute("exhaust")).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("sasil: out of memory; the heap is ").contains("-Xmx");
  }

  @Test
  void aRealRunOutOfHeapNamesTheInputItWasOn() throws IOException, InterruptedException {
    Path big = dir.resolve("big.txt");
    String sentence = "한빛전자는 지난 2월 새 칩을 공개했고 매출은 3조4000억원으로 12% 늘었다. ";
    Files.writeString(big, sentence.repeat(200_000), StandardCharsets.UTF_8);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "summarize", "--max-size", "100MB", big.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err).doesNotContain("\tat ", "Exception in thread");
    assertThat(err.strip().lines().toList()).last().asString()
        .startsWith("sasil: out of memory while processing " + big + "; the heap is ");
  }
}
