package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.clean.BoilerplatePatterns;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {

  private static List<List<String>> of(String regex) {
    return RequiredText.of(Pattern.compile(regex)).requirements();
  }

  @Test
  void literalsInARowAreOneRequirement() {
    assertThat(of("답글과\\s*추천수를")).containsExactly(List.of("답글과"), List.of("추천수를"));
    assertThat(of("a\\.b")).containsExactly(List.of("a.b"));
  }

  @Test
  void alternativesGiveOneOfTheirRequirements() {
    assertThat(of("[가-힣]{2,4}\\s*(기자|특파원)\\s*[\\w.]+@")).containsExactly(List.of("기자", "특파원"), List.of("@"));
    assertThat(of("^\\s*(이\\s*시각\\s*)?(많이\\s*본|인기)")).containsExactly(List.of("많이", "인기"));
    assertThat(of("a|b\\s*c")).containsExactly(List.of("a", "b"));
  }

  @Test
  void whatMayBeLeftOutIsNotRequired() {
    assertThat(of("ab?c")).containsExactly(List.of("a"), List.of("c"));
    assertThat(of("x(yz)*w{0,3}v+")).containsExactly(List.of("x"), List.of("v"));
    assertThat(of("(?<![가-힣])금(?=원)")).containsExactly(List.of("금"));
    assertThat(of("(a|\\s*)b")).containsExactly(List.of("b"));
    assertThat(of("(a|(?i:b))c")).containsExactly(List.of("c"));
  }

  @Test
  void aClassOfPlainCharactersIsOneOfThem() {
    assertThat(of("^\\s*[ⓒ©].{0,40}$")).containsExactly(List.of("ⓒ", "©"));
    assertThat(of("[a-z]x[^y]")).containsExactly(List.of("x"));
  }

  @Test
  void aQuantifierTakesTheWholeCodePoint() {
    assertThat(of("a😀?b")).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void flagsAndUnknownEscapesGiveNoRequirement() {
    assertThat(of("(?i)all\\s+rights")).isEmpty();
    assertThat(RequiredText.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE)).requirements()).isEmpty();
    assertThat(of("\\Qa.b\\E")).isEmpty();
    assertThat(of("\\x41bc")).isEmpty();
  }

  @Test
  void aTextWithoutARequirementHoldsNoMatch() {
    RequiredText r = RequiredText.of(Pattern.compile("(기자|특파원)\\s*\\S+@"));
    assertThat(r.mayMatch("홍길동 기자 hong@news.kr")).isTrue();
    assertThat(r.mayMatch("홍길동 기자")).isFalse();
    assertThat(r.mayMatch("hong@news.kr")).isFalse();
  }

  @Test
  void everyBundledBoilerplatePatternIsReadSoundly() {
    List<String> lines = List.of(
        "홍길동 기자 hong@news.kr", "[사진=연합뉴스]", "ⓒ 뉴스1", "저작권자 ⓒ 연합뉴스 무단전재 및 재배포 금지",
        "관련기사", "좋아요 3 훈훈해요 1", "2023.12.06 / 연합뉴스", "댓글 정렬", "▶ 카카오톡 제보",
        "서울 = 홍길동 기자", "(서울=연합뉴스) 홍길동 기자 = 정부는 6일 발표했다.");
    for (BoilerplatePatterns.Section s : BoilerplatePatterns.Section.values()) {
      for (Pattern p : BoilerplatePatterns.standard().get(s)) {
        RequiredText r = RequiredText.of(p);
        for (String line : lines) {
          if (p.matcher(line).find()) {
            assertThat(r.mayMatch(line)).as(p.pattern() + " in " + line).isTrue();
          }
        }
      }
    }
  }
}
