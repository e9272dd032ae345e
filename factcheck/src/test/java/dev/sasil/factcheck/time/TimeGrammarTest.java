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

  @Test
  void aWordClassFactoredByFirstCharacterMatchesAsTheWordsInFileOrder() {
    java.util.List<String> texts = java.util.List.of("지난해 3월", "지난 해", "지난달 말", "오는 28일", "올 하반기", "이번 주 월요일",
        "작년 이맘때", "내달 초", "그저께 오후", "다음 달", "지 난", "지", "사흘 뒤", "이틀 전에", "열흘 만에");
    for (TimeLexicon.WordClass c : TimeLexicon.WordClass.values()) {
      java.util.List<String> words = TimeLexicon.standard().words(c);
      java.util.regex.Pattern factored = java.util.regex.Pattern.compile(TimeGrammar.alternation(words) + "(.?)");
      java.util.regex.Pattern plain = java.util.regex.Pattern.compile("(?:" + String.join("|", words.stream()
          .map(w -> String.join("[ \\u00A0]?", java.util.Arrays.stream(w.split(" +"))
              .map(java.util.regex.Pattern::quote).toList())).toList()) + ")(.?)");
      for (String t : texts) {
        for (int i = 0; i < t.length(); i++) {
          java.util.regex.Matcher f = factored.matcher(t).region(i, t.length());
          java.util.regex.Matcher p = plain.matcher(t).region(i, t.length());
          boolean matched = p.lookingAt();
          assertThat(f.lookingAt()).as(c + " at " + i + " of " + t).isEqualTo(matched);
          if (matched) {
            assertThat(f.end()).as(c + " at " + i + " of " + t).isEqualTo(p.end());
          }
        }
      }
    }
  }
}
