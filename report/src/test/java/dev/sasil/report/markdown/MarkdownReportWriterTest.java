package dev.sasil.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.report.Fixtures;
import dev.sasil.report.Hostile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

  private final MarkdownReportWriter writer = new MarkdownReportWriter();

  @Test
  void findingsAreTablesWithTheValueSpanInBold() {
    String md = writer.write(Fixtures.small());
    assertThat(md).contains("### 엇갈림: 오픈AI · 설립\n\n출처마다 값이 다릅니다: 2016년 (1번 기사), 2015년 (2번 기사). "
        + "연도가 다릅니다.\n\n| 기사 | 값 | 근거 문장 |\n|---|---|---|\n");
    assertThat(md).contains("| 1. 오픈AI 설립 이야기 (2023-12-06, 문장 1) | <b>2016년</b> | 오픈AI는 지난 <b>2016년</b> 샘 올트먼 등이 세웠다. |");
    assertThat(md.indexOf("엇갈림: 오픈AI")).isLessThan(md.indexOf("일치: 챗GPT"));
    assertThat(md).contains("<details>\n<summary>한 기사에만 나오는 주장 2건");
    assertThat(md).contains("`a.txt` · 2023-12-06 (입력 메타데이터) · 문장 3개 · <https://www.example.com/news/1>");
    assertThat(md).endsWith("</details>\n");
  }

  @Test
  void headerSaysWhichArticlesAreCopiesEscaped() {
    assertThat(writer.write(Fixtures.copies()))
        .contains("- 매체: 알 수 없음 (URL 없음)\n- 사본: \\<i\\>a3\\</i\\>.txt은(는) a1.txt의 사본 (한 출처로 셈)\n- 생성: ");
    assertThat(writer.write(Fixtures.small())).doesNotContain("사본");
  }

  @Test
  void hostileTextCannotBreakTablesOrInjectMarkup() {
    String md = writer.write(Hostile.report());
    List<String> rows = Arrays.stream(md.split("\n")).filter(l -> l.startsWith("| ")).toList();
    for (String row : rows) {
      // unescaped pipes delimit cells: every row of a table has as many as its header
      long cells = countUnescapedPipes(row);
      assertThat(cells).as(row.length() > 200 ? row.substring(0, 200) : row).isIn(5L, 4L, 6L);
    }
    assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|img)").doesNotContain("[링크](").contains("\\[링크\\](javascript");
    assertThat(md).contains("\\<script\\>");
  }

  private static long countUnescapedPipes(String row) {
    long n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '|') {
        int slashes = 0;
        for (int j = i - 1; j >= 0 && row.charAt(j) == '\\'; j--) {
          slashes++;
        }
        if (slashes % 2 == 0) {
          n++;
        }
      }
    }
    return n;
  }
}
