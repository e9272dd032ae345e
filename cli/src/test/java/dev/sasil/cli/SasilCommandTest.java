package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SasilCommandTest {

  @Test
  void aRunOfOneSubcommandBuildsThatOneAlone() {
    assertThat(SasilCommand.subcommandsFor(new String[] {"summarize", "a.txt"})).containsExactly(SummarizeCommand.class);
    assertThat(SasilCommand.subcommandsFor(new String[] {"eval", "compare"})).containsExactly(EvalCommand.class);
  }

  @Test
  void helpNoArgumentsAndUnknownWordsBuildEverySubcommand() {
    List<Class<?>> all = SasilCommand.subcommandsFor(new String[0]);
    assertThat(all).hasSize(7).contains(CommandLine.HelpCommand.class);
    assertThat(SasilCommand.subcommandsFor(new String[] {"help", "summarize"})).isEqualTo(all);
    assertThat(SasilCommand.subcommandsFor(new String[] {"sumarize"})).isEqualTo(all);
    assertThat(SasilCommand.subcommandsFor(new String[] {"--version"})).isEqualTo(all);
  }

  @Test
  void theWholeTreeNamesTheSameSubcommands() {
    CommandLine whole = SasilCommand.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    assertThat(whole.getSubcommands().keySet())
        .containsExactly("summarize", "compare", "report", "normalize", "inspect", "eval", "help");
  }
}
