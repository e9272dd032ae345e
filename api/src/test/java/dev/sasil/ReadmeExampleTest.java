package dev.sasil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's library example is this module's {@link ReadmeExample}, and it runs. */
class ReadmeExampleTest {

  private static final Path SOURCE = TestData.root().resolve("api/src/test/java/dev/sasil/ReadmeExample.java");

  @Test
  void theReadmeShowsExactlyTheExampleThatThisTestRuns() throws Exception {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// README:begin\n(.*?)// README:end\n", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).as("README markers in " + SOURCE).isTrue();
    String readme = Files.readString(TestData.root().resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + m.group(1) + "```\n");
  }

  @Test
  void theExampleSummarizesCrossChecksAndReportsTheSeeds() throws Exception {
    Path a = TestData.examples().resolve("000_19576071d7ccea1c.txt");
    Path b = TestData.examples().resolve("002_c75a170ff0586982.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      ReadmeExample.main(new String[] {a.toString(), b.toString()});
    } finally {
      System.setOut(saved);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("000_19576071d7ccea1c.txt: ", "002_c75a170ff0586982.txt: ", "memo: 메모에 따르면")
        .contains("contradiction: 오픈AI founded")
        .contains("# 사실 보고서: 기사 3건");
  }
}
