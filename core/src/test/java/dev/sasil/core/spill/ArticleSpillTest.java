package dev.sasil.core.spill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.core.Morpheme;
import dev.sasil.core.Published;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleSpillTest {

  /** A random string of Hangul, ASCII, spaces and now and then a lone surrogate. */
  private static String text(Random r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(20);
      b.append(k == 0 ? (char) (0xD800 + r.nextInt(0x800)) : k < 4 ? ' ' : k < 8 ? (char) ('a' + r.nextInt(26))
          : (char) (0xAC00 + r.nextInt(11172)));
    }
    return b.toString();
  }

  private static Article article(Random r, int i) {
    String text = text(r, 400);
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + 1 + r.nextInt(80));
      SentenceKind kind = SentenceKind.values()[r.nextInt(SentenceKind.values().length)];
      sentences.add(new Sentence(sentences.size(), text.substring(at, end), at, end, kind, List.of()));
      at = end;
    }
    Published published = switch (r.nextInt(4)) {
      case 0 -> Published.UNKNOWN;
      case 1 -> Published.of(PartialDate.ofYear(1990 + r.nextInt(40)), DateSource.TEXT);
      case 2 -> Published.of(PartialDate.ofMonth(2024, 1 + r.nextInt(12)), DateSource.METADATA);
      default -> Published.of(PartialDate.ofDay(2025, 2, 1 + r.nextInt(28)), DateSource.STORY);
    };
    List<String> warnings = r.nextBoolean() ? List.of() : List.of(text(r, 30), text(r, 5));
    return new Article("a" + i, text(r, 40), r.nextBoolean() ? null : "https://example.com/" + i, published,
        r.nextBoolean() ? "" : text, sentences, r.nextBoolean() ? "ko" : "en", warnings,
        r.nextBoolean() ? null : text(r, 10) + "x");
  }

  @Test
  void randomArticlesComeBackEqualInTheirOrder() {
    Random r = new Random(20261202);
    List<Article> added = new ArrayList<>();
    try (ArticleSpill spill = ArticleSpill.create()) {
      for (int i = 0; i < 300; i++) {
        Article a = article(r, i);
        added.add(a);
        spill.add(a);
      }
      assertThat(spill).hasSize(300);
      for (int i = 299; i >= 0; i--) {
        assertThat(spill.get(i)).as("article %d", i).isEqualTo(added.get(i));
      }
    }
  }

  @Test
  void anArticleComesBackWithoutItsMorphemes() {
    Sentence s = new Sentence(0, "값이 올랐다.", 0, 7, SentenceKind.BODY,
        List.of(new Morpheme("값", org.apache.lucene.analysis.ko.POS.Tag.NNG, 0, 1)));
    Article a = new Article("m", "", null, Published.UNKNOWN, "값이 올랐다.", List.of(s), "ko", List.of());
    try (ArticleSpill spill = ArticleSpill.create()) {
      spill.add(a);
      assertThat(spill.get(0)).isEqualTo(a.withoutMorphemes());
    }
  }

  @Test
  void manyThreadsReadTheSameArticles() throws Exception {
    Random r = new Random(7);
    List<Article> added = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ArticleSpill spill = ArticleSpill.create()) {
      for (int i = 0; i < 200; i++) {
        added.add(article(r, i));
        spill.add(added.get(i));
      }
      List<Future<Boolean>> reads = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        reads.add(pool.submit(() -> {
          Random own = new Random(seed);
          for (int k = 0; k < 500; k++) {
            int i = own.nextInt(200);
            if (!spill.get(i).equals(added.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : reads) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anIndexOutsideTheSpillIsRefused() {
    try (ArticleSpill spill = ArticleSpill.create()) {
      assertThatThrownBy(() -> spill.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
