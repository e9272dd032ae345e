package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigitFollowTest {

  private static DigitFollow rule(String name) {
    for (TimeGrammar.Rule r : TimeGrammar.standard().rules()) {
      if (r.name().equals(name)) {
        return DigitFollow.of(r.pattern());
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void theDigitRulesOfTheStandardGrammarGoOnOnlyWithWhatTheyCanRead() {
    DigitFollow monthDay = rule("MONTH_DAY");
    assertThat(monthDay.judges()).isTrue();
    assertThat(monthDay.allows(1, '월')).isTrue();
    assertThat(monthDay.allows(2, '월')).isTrue();
    assertThat(monthDay.allows(3, '월')).isFalse();
    assertThat(monthDay.allows(1, '%')).isFalse();
    DigitFollow calendar = rule("CALENDAR");
    assertThat(calendar.judges()).isTrue();
    assertThat(calendar.allows(4, '년')).isTrue();
    assertThat(calendar.allows(4, '%')).isFalse();
    DigitFollow duration = rule("DURATION");
    assertThat(duration.allows(2, '년')).isTrue();
    assertThat(duration.allows(2, ' ')).isTrue();
    assertThat(duration.allows(2, '%')).isFalse();
    assertThat(duration.allows(DigitFollow.MAX_RUN + 1, '%')).isTrue();
  }

  @Test
  void digitLiteralsAndClassesBecomeAnyDigit() {
    DigitFollow.Blind b = DigitFollow.blind("(?<y>(?:19|20)\\d\\d)[1-4]분기\\u00A0");
    assertThat(b.regex()).isEqualTo("(?<y>(?:\\d\\d|\\d\\d)\\d\\d)[\\d1-4]분기\\u00A0");
    assertThat(b.atoms()).anySatisfy(a -> assertThat(a.get('\u00A0')).isTrue());
    assertThat(b.atoms()).anySatisfy(a -> assertThat(a.get('3')).isTrue());
  }

  @Test
  void whatTheRewritingCannotVouchForAllowsEverything() {
    for (String regex : new String[] {"(?<=a)\\d일", "(\\d)\\1", "\\d.", "\\d[^a]", "\\w\\d", "(?i)\\d일", "\\d(?!1)"}) {
      assertThat(DigitFollow.blind(regex)).as(regex).isNull();
      assertThat(DigitFollow.of(Pattern.compile(regex)).allows(1, 'x')).as(regex).isTrue();
    }
  }

  /** Whatever digits and characters: where a rule can match or needs more text, its table allows the character. */
  @Test
  void neverRefusesWhatTheRuleCouldRead() {
    Random random = new Random(7);
    String chars = "년월일시분기개여주달반 .-/:(년월0가힣a%조억명\u00A0\t";
    for (TimeGrammar.Rule r : TimeGrammar.standard().rules()) {
      DigitFollow f = DigitFollow.of(r.pattern());
      for (int k = 0; k < 20000; k++) {
        int len = 1 + random.nextInt(6);
        StringBuilder s = new StringBuilder();
        for (int d = 0; d < len; d++) {
          s.append((char) ('0' + random.nextInt(10)));
        }
        char c = random.nextBoolean() ? chars.charAt(random.nextInt(chars.length())) : (char) (0xAC00 + random.nextInt(11172));
        s.append(c);
        int tail = random.nextInt(4);
        for (int t = 0; t < tail; t++) {
          s.append(chars.charAt(random.nextInt(chars.length())));
        }
        Matcher m = r.pattern().matcher(s);
        if (m.lookingAt() || m.hitEnd()) {
          assertThat(f.allows(len, c)).as(r.name() + " " + s).isTrue();
        }
      }
    }
  }
}
