package dev.sasil.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sasil.core.clean.BoilerplateCleaner;
import dev.sasil.core.clean.CleanText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the cleaner (issue 14). In {@code ./mvnw verify} they run their regression inputs
 * ({@code src/test/resources/dev/sasil/core/fuzz/CleanerFuzzTestInputs/METHOD/}); see the README's
 * "Fuzzing" section to fuzz them.
 */
class CleanerFuzzTest {

  private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.standard();
  /** Syllables no boilerplate pattern is made of: sentences of them are never boilerplate. */
  private static final String SAFE = "가나라마바하는을";
  private static final List<String> NOTICES = List.of("무단전재 및 재배포 금지", "<저작권자 © 한빛일보 무단전재 및 재배포 금지>",
      "ⓒ 한빛일보", "Copyright © Hanbit. All rights reserved.", "저작권자(c) 한빛일보, 무단 전재-재배포 금지");

  /** Every character of the cleaned text maps back to the same character of the original, in order. */
  @FuzzTest(maxDuration = "30m")
  void cleaningKeepsOffsetsIntoTheOriginal(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    CleanText clean = CLEANER.clean(text);
    int[] map = clean.toOriginal();
    assertThat(map).hasSize(clean.text().length());
    int previous = -1;
    for (int i = 0; i < map.length; i++) {
      char c = clean.text().charAt(i);
      assertThat(map[i]).isBetween(0, text.length() - 1).isGreaterThanOrEqualTo(previous);
      if (c != '\n') {
        assertThat(text.charAt(map[i])).isEqualTo(c);
      }
      previous = map[i];
    }
  }

  /** Sentences that are no boilerplate survive a notice written on their line (item 1). */
  @FuzzTest(maxDuration = "30m")
  void aNoticeNeverTakesTheSentencesOfItsLine(FuzzedDataProvider data) {
    List<String> sentences = new ArrayList<>();
    int n = data.consumeInt(1, 6);
    for (int s = 0; s < n; s++) {
      StringBuilder sb = new StringBuilder();
      int words = data.consumeInt(1, 5);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          sb.append(' ');
        }
        int length = data.consumeInt(1, 4);
        for (int c = 0; c < length; c++) {
          sb.append(SAFE.charAt(data.consumeInt(0, SAFE.length() - 1)));
        }
      }
      sentences.add(sb.append('.').toString());
    }
    String body = String.join(" ", sentences);
    String notice = data.pickValue(NOTICES);
    assertThat(CLEANER.clean(body + " " + notice).text()).isEqualTo(body);
  }
}
