package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class NormalizeCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SasilCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsTheContractArrayWithATimeFromTheAnchor() throws Exception {
    Run r = run("normalize", "--anchor", "2023-12-06", "메타는 지난 2월 라마를 공개했다");
    assertThat(r.code()).isZero();
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.size()).isEqualTo(1);
    assertThat(arr.get(0).get("type").asText()).isEqualTo("time");
    assertThat(arr.get(0).get("text").asText()).isEqualTo("지난 2월");
    assertThat(arr.get(0).get("value").asText()).isEqualTo("2023-02");
    assertThat(arr.get(0).get("granularity").asText()).isEqualTo("month");
  }

  @Test
  void quantitiesAndTimesComeInTextOrderWithPlainNumbers() throws Exception {
    Run r = run("normalize", "--anchor", "2023-12-06", "xAI는 10억달러(약 1조3000억원)를 지난달 유치했다");
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.get(0).get("type").asText()).isEqualTo("quantity");
    assertThat(arr.get(0).get("value").isNumber()).isTrue();
    assertThat(r.out()).contains("\"value\" : 1000000000,").contains("\"unit\" : \"USD\"");
    assertThat(arr.get(0).get("conversion").get("unit").asText()).isEqualTo("KRW");
    assertThat(arr.get(1).get("value").asText()).isEqualTo("2023-11");
  }

  @Test
  void outputIsDeterministic() {
    String text = "2년 만에, 지난해 11월, 300억~400억달러, 40%";
    assertThat(run("normalize", "--anchor", "2024-03-13", text).out()).isEqualTo(run("normalize", "--anchor", "2024-03-13", text).out());
  }

  @Test
  void badAnchorIsAUsageErrorOnOneLine() {
    Run r = run("normalize", "--anchor", "2023-13-01", "지난 2월");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).contains("2023-13-01").doesNotContain("\n");
  }

  @Test
  void unknownAnchorKeepsTheMonth() throws Exception {
    JsonNode arr = new ObjectMapper().readTree(run("normalize", "--anchor", "unknown", "지난 7월 공개했다").out());
    assertThat(arr.get(0).get("value").asText()).isEqualTo("XXXX-07");
  }

  private static Run runWithStdin(byte[] stdin, String... args) {
    java.io.InputStream saved = System.in;
    System.setIn(new java.io.ByteArrayInputStream(stdin));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void readsStandardInputInCp949WithAWarning() throws Exception {
    // issue 14, item 6: normalize decoded CP949 standard input as UTF-8 without a word
    byte[] cp949 = "메타는 지난 2월 라마를 공개했다".getBytes(java.nio.charset.Charset.forName("x-windows-949"));
    Run r = runWithStdin(cp949, "normalize", "--anchor", "2023-12-06");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"text\" : \"지난 2월\"", "\"value\" : \"2023-02\"");
    assertThat(r.err()).isEqualTo("sasil: warning: -: read as CP949" + System.lineSeparator());
  }

  @Test
  void refusesStandardInputOverTheSizeLimitInOneLine() {
    Run r = runWithStdin("지난 2월 ".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "normalize", "--max-size", "1k");
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("sasil: -: standard input is larger than the limit of 1.0 kB (raise it with --max-size)"
        + System.lineSeparator());
  }

  @Test
  void aSizeLimitTooLargeIsNamedAsTheUserWroteIt() {
    // issue 14, item 8: --max-size 2G printed an internal field name
    Run r = runWithStdin(new byte[0], "normalize", "--max-size", "2G");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("sasil: --max-size: too large, the largest is 2047MB: '2G'").doesNotContain("maxDocumentBytes");
    CliRun report = CliRun.of("summarize", "--max-size", "2G", "x.txt");
    assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(report.err()).startsWith("sasil: --max-size: too large").doesNotContain("maxDocumentBytes");
  }

  @Test
  void anAnchorBeforeTheYearsItReadsIsAUsageError() {
    Run r = run("normalize", "--anchor", "0001-01-01", "지난해 3월 그리고 2년 전");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("sasil normalize: --anchor an anchor's year is from 1000 to 2999: '0001-01-01'"
        + System.lineSeparator());
  }
}
