package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeGrammarTest {

  @Test
  void standardGrammarCompilesEveryRuleOverTheLexicon() {
    assertThat(TimeGrammar.standard().rules()).extracting(TimeGrammar.Rule::name)
        .contains("CALENDAR", "DAY", "DURATION", "CLOCK", "HOLIDAY");
    assertThat(TimeGrammar.standard()).isSameAs(TimeGrammar.standard());
  }

  @Test
  void lexiconLooksWordsUpWithOrWithoutSpaces() {
    TimeLexicon lex = TimeLexicon.standard();
    assertThat(lex.lookup(TimeLexicon.WordClass.YEAR, "지난해").orElseThrow().intValue()).isEqualTo(-1);
    assertThat(lex.lookup(TimeLexicon.WordClass.YEAR, "지난 해").orElseThrow().intValue()).isEqualTo(-1);
    assertThat(lex.lookup(TimeLexicon.WordClass.MONTH, "다음달").orElseThrow().intValue()).isEqualTo(1);
    assertThat(lex.lookup(TimeLexicon.WordClass.DAYCOUNT, "닷새").orElseThrow().intValue()).isEqualTo(5);
  }

  @Test
  void badResourcesFailNamingTheLine() {
    assertThatThrownBy(() -> TimeLexicon.load("bad-lexicon.txt")).hasMessageContaining("bad-lexicon.txt:2");
    assertThatThrownBy(() -> TimeGrammar.load("bad-grammar.txt", TimeLexicon.standard())).hasMessageContaining("unknown macro");
    assertThatThrownBy(() -> TimeLexicon.load("no-such-file.txt")).hasMessageContaining("missing resource");
  }
}
