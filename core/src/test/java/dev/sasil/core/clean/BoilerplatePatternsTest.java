package dev.sasil.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.clean.BoilerplatePatterns.Section;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoilerplatePatternsTest {

  private static BoilerplatePatterns parse(String text) throws IOException {
    return BoilerplatePatterns.parse(new StringReader(text), "test.txt");
  }

  @Test
  void readsSectionsCommentsAndCharacterClassesThatLookLikeSections() throws IOException {
    BoilerplatePatterns p = parse("# comment\n\n[line]\n^광고$\n[tail]\n[\\[(]관련기사[\\])]\n\\#해시\n");
    assertThat(p.get(Section.LINE)).hasSize(1);
    assertThat(p.get(Section.TAIL)).hasSize(2);
    assertThat(p.get(Section.SPAN)).isEmpty();
    assertThat(p.matches(Section.TAIL, "[관련기사]")).isTrue();
    assertThat(p.matches(Section.TAIL, "#해시")).isTrue();
  }

  @Test
  void namesTheLineOfABadEntry() {
    assertThatThrownBy(() -> parse("[line]\n(unclosed\n")).hasMessageStartingWith("test.txt:2: bad pattern");
    assertThatThrownBy(() -> parse("[nonsense]\nx\n")).hasMessageStartingWith("test.txt:1: unknown section");
    assertThatThrownBy(() -> parse("x\n")).hasMessageStartingWith("test.txt:1: pattern before any section");
  }

  @Test
  void theBundledFileParsesAndIsShared() {
    assertThat(BoilerplatePatterns.standard()).isSameAs(BoilerplatePatterns.standard());
    for (Section s : Section.values()) {
      assertThat(BoilerplatePatterns.standard().get(s)).isNotEmpty();
    }
  }

  @Test
  void aTailMarkerCountsOnlyInTheSecondHalf() throws IOException {
    BoilerplatePatterns p = parse("[tail]\n^관련기사$\n");
    assertThat(p.tailStart(List.of("본문이 길게 이어진다.", "관련기사", "다른 기사"))).isEqualTo(1);
    assertThat(p.tailStart(List.of("짧다", "관련기사", "본문이 길게 이어진다. 본문이다."))).isEqualTo(3);
    assertThat(p.tailStart(List.of("관련기사", "본문"))).isEqualTo(2);
  }

  @Test
  void tellsPatternsAnchoredAtTheStartFromTheOthers() {
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("^\\s*댓글\\s*$"))).isTrue();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("(?i)^\\s*leave\\s+a\\s+(reply|comment)"))).isTrue();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("^[|^]*(a|b)[^\\]|]x"))).isTrue();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("^댓글|저작권"))).isFalse();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("무단\\s*전재"))).isFalse();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("(?m)^댓글"))).isFalse();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("^댓글", Pattern.MULTILINE))).isFalse();
    assertThat(BoilerplatePatterns.anchoredAtStart(Pattern.compile("(?i:^a)|b"))).isFalse();
  }

  /** Every bundled pattern finds what it found before it was known to be anchored: same lines, same spans. */
  @Test
  void anchoredPatternsFindTheSameMatchesAsASearchOfEveryPosition() throws IOException {
    List<String> lines = new java.util.ArrayList<>(List.of("", " ", "댓글", "  댓글 정렬  ", "관련 기사", "[사진=연합뉴스]",
        "홍길동 기자 (gildong@example.com)", "ⓒ 한빛일보", "무단 전재 및 재배포 금지", "Leave a reply",
        "좋아요 3 추천 2", "2024.03.13/한빛일보 제공", "▲ 행사에 참석한 사람들", "본문 중간의 관련 기사 문구",
        "photo_2024-03.jpg", "abc_12345"));
    for (String seedLine : java.nio.file.Files.readAllLines(dev.sasil.core.testing.TestData.examples()
        .resolve("seeds.jsonl"))) {
      for (String part : seedLine.split("\\\\n|[.]")) {
        lines.add(part);
      }
    }
    BoilerplatePatterns bundled = BoilerplatePatterns.standard();
    int anchored = 0;
    for (Section section : Section.values()) {
      for (Pattern p : bundled.get(section)) {
        if (!BoilerplatePatterns.anchoredAtStart(p)) {
          continue;
        }
        anchored++;
        for (String line : lines) {
          java.util.regex.Matcher found = p.matcher(line);
          java.util.regex.Matcher atStart = p.matcher(line);
          boolean f = found.find();
          assertThat(atStart.lookingAt()).as("%s on %s", p, line).isEqualTo(f);
          if (f) {
            assertThat(atStart.start()).isEqualTo(found.start());
            assertThat(atStart.end()).isEqualTo(found.end());
          }
        }
      }
    }
    assertThat(anchored).as("most bundled patterns start with ^").isGreaterThan(20);
  }
}
