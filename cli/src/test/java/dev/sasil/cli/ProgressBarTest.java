package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final StringWriter err = new StringWriter();

  @Test
  void drawsOnOneLineAndClearsIt() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true).phase("읽는 중");
    bar.advance(20, 40);
    bar.advance(40, 40);
    bar.clear();
    String s = err.toString();
    assertThat(s).contains("\r읽는 중 [###############...............] 20/40", "\r읽는 중 [##############################] 40/40");
    assertThat(s).doesNotContain("\n").endsWith("\r");
  }

  @Test
  void shortRunsAndDisabledBarsDrawNothing() {
    ProgressBar on = new ProgressBar(new PrintWriter(err), true);
    on.advance(3, ProgressBar.THRESHOLD);
    ProgressBar off = new ProgressBar(new PrintWriter(err), false);
    off.advance(50, 100);
    off.clear();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void quietOrNoTerminalMeansNoBar() {
    assertThat(ProgressBar.forInputs(new PrintWriter(err), true, 1000).enabled()).isFalse();
    assertThat(ProgressBar.forInputs(new PrintWriter(err), false, 5).enabled()).isFalse();
    if (!Terminal.stderrIsTerminal()) { // as under Maven: stderr is not a terminal
      assertThat(ProgressBar.forInputs(new PrintWriter(err), false, 1000).enabled()).isFalse();
    }
  }

  @Test
  void messagesClearTheBarFirstAndTheBarComesBack() {
    // issue 14, item 8: warnings were printed onto the bar's line
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true).phase("읽는 중");
    bar.advance(20, 40);
    bar.messages().println("sasil: warning: a.txt: something");
    bar.advance(20, 40);
    String s = err.toString();
    String drawn = "\r읽는 중 [###############...............] 20/40";
    assertThat(s).startsWith(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\rsasil: warning: a.txt: something")
        .endsWith(drawn);
  }

  @Test
  void aTerminalIsToldByWhatStderrIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // issue 14, item 8: the bar asked System.console(), which is null when only stdout is redirected
    java.nio.file.Path pts = java.nio.file.Files.createSymbolicLink(dir.resolve("2"), java.nio.file.Path.of("/dev/pts/3"));
    java.nio.file.Path file = java.nio.file.Files.createSymbolicLink(dir.resolve("1"), dir.resolve("out.html"));
    assertThat(Terminal.isTerminal(pts)).isTrue();
    assertThat(Terminal.isTerminal(file)).isFalse();
  }
}
