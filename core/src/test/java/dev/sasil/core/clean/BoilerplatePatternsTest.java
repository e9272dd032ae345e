package dev.sasil.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.clean.BoilerplatePatterns.Section;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
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
}
