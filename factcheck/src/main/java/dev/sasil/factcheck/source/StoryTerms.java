package dev.sasil.factcheck.source;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.core.Sentence;
import dev.sasil.core.date.AddressDates;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.ko.POS;

/**
 * What {@link Stories} compares of an article: how often each of its nouns occurs. The nouns are
 * the morphemes Nori tags as common or proper nouns or as foreign words ({@code NNG}, {@code NNP},
 * {@code SL}) of two characters or more in the body's sentences (a one-syllable noun such as 수, 등
 * or 곳 says nothing of the story), Latin letters lower-cased; each is kept as a 64-bit hash.
 * Made apart from the other articles (on the machine that read the article, in a cluster).
 *
 * @param id the article's id
 * @param published the first day of its publication date, or null when unknown
 * @param addressed the day its address is dated with ({@link AddressDates}), or null
 * @param hashes the distinct hashes of its nouns, sorted
 * @param counts how often each noun occurs, in the order of {@code hashes}
 * @param days the days of the month its body writes when neither its date nor its address dates
 *     it ({@link StoryDates} reads an undated article by them), else none
 */
public record StoryTerms(String id, java.time.LocalDate published, java.time.LocalDate addressed, long[] hashes,
    int[] counts, WrittenDays days)
    implements java.io.Serializable {

  public StoryTerms {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(days, "days");
    hashes = hashes.clone();
    counts = counts.clone();
    if (hashes.length != counts.length) {
      throw new IllegalArgumentException(hashes.length + " hashes with " + counts.length + " counts");
    }
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i - 1] >= hashes[i]) {
        throw new IllegalArgumentException("hashes not sorted and distinct at " + i);
      }
    }
  }

  /** The nouns of an analysed article. */
  public static StoryTerms of(Article article) {
    long[] all = new long[64];
    int n = 0;
    for (Sentence s : article.bodySentences()) {
      for (Morpheme m : s.morphemes()) {
        if ((m.tag() == POS.Tag.NNG || m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SL)
            && m.surface().codePointCount(0, m.surface().length()) >= 2) {
          if (n == all.length) {
            all = Arrays.copyOf(all, 2 * n);
          }
          all[n++] = Shingles.hash(m.surface().toLowerCase(Locale.ROOT));
        }
      }
    }
    Arrays.sort(all, 0, n);
    long[] hashes = new long[n];
    int[] counts = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct > 0 && hashes[distinct - 1] == all[i]) {
        counts[distinct - 1]++;
      } else {
        hashes[distinct] = all[i];
        counts[distinct++] = 1;
      }
    }
    StoryDates.Dated dated = StoryDates.Dated.of(article);
    return new StoryTerms(article.id(), dated.published(), dated.addressed(),
        Arrays.copyOf(hashes, distinct), Arrays.copyOf(counts, distinct), dated.days());
  }

  @Override
  public long[] hashes() {
    return hashes.clone();
  }

  @Override
  public int[] counts() {
    return counts.clone();
  }

  /** How many distinct nouns. */
  int size() {
    return hashes.length;
  }

  long hash(int i) {
    return hashes[i];
  }

  int count(int i) {
    return counts[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryTerms t && id.equals(t.id) && Objects.equals(published, t.published)
        && Objects.equals(addressed, t.addressed)
        && Arrays.equals(hashes, t.hashes) && Arrays.equals(counts, t.counts) && days.equals(t.days);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Objects.hash(id, published, addressed) + Arrays.hashCode(hashes)) + Arrays.hashCode(counts))
        + days.hashCode();
  }

  @Override
  public String toString() {
    return "StoryTerms[" + id + ", " + hashes.length + " nouns]";
  }
}
