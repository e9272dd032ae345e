package dev.sasil.core.spill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockSpillTest {

  /** A record as a spill holds them: strings (a lone surrogate too), a number, a list. */
  record Item(String text, int at, List<String> words) implements Serializable {}

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(12);
      b.append(k == 0 ? (char) (0xD800 + r.nextInt(0x800)) : k < 4 ? (char) ('a' + r.nextInt(26))
          : (char) (0xAC00 + r.nextInt(11172)));
    }
    return b.toString();
  }

  @Test
  void everyBlockComesBackEqualToWhatWasWritten() {
    Random r = new Random(3);
    List<List<Item>> written = new ArrayList<>();
    try (BlockSpill spill = BlockSpill.create()) {
      for (int b = 0; b < 200; b++) {
        List<Item> block = new ArrayList<>();
        for (int i = r.nextInt(30); i > 0; i--) {
          block.add(new Item(text(r), r.nextInt(), List.of(text(r), text(r))));
        }
        assertThat(spill.write(block)).isEqualTo(b);
        written.add(block);
      }
      assertThat(spill.size()).isEqualTo(200);
      for (int b = 199; b >= 0; b--) {
        assertThat(spill.<Item>read(b)).isEqualTo(written.get(b));
      }
    }
  }

  @Test
  void recordsOfOneBlockShareWhatTheyShared() {
    String sentence = "삼성전자는 3분기 매출 79조 원을 기록했다.";
    try (BlockSpill spill = BlockSpill.create()) {
      spill.write(List.of(new Item(sentence, 0, List.of()), new Item(sentence, 1, List.of())));
      List<Item> back = spill.read(0);
      assertThat(back.get(0).text()).isEqualTo(sentence).isSameAs(back.get(1).text());
    }
  }

  @Test
  void aBlockNotWrittenCannotBeRead() {
    try (BlockSpill spill = BlockSpill.create()) {
      spill.write(List.of());
      assertThat(spill.read(0)).isEmpty();
      assertThatThrownBy(() -> spill.read(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
