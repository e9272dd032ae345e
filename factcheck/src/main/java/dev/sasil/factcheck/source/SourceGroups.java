package dev.sasil.factcheck.source;

import dev.sasil.core.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles of a run are copies of one text and so one source: wire copy reprinted by several
 * outlets (often with a lead of their own or a trimmed tail), or the same file given twice. Two
 * articles are copies when one keeps at least {@value #MIN_CONTAINMENT_PERCENT}% of the other's
 * word shingles ({@link Shingles}: runs of {@value #SHINGLE_WORDS} words, punctuation removed),
 * measured on the shorter text (containment, not resemblance: a reprint that cuts half the tail is
 * still a copy); copies of copies are one group (union-find), whose representative is its first
 * article in input order.
 *
 * <p>Work is about linear in the total text: each article's shingles are looked up in an inverted
 * index from shingle hash to the earlier articles that have it, and only articles sharing a shingle
 * are ever counted against each other; texts equal word for word are grouped by one hash lookup and
 * not indexed again (32,000 random texts of 300 words are grouped in a few seconds on one core,
 * less than a tenth of their morphological analysis). Texts of fewer than {@value #MIN_SHINGLES} shingles are grouped only with texts
 * equal to them word for word; texts without a word are never grouped.
 *
 * <p>Known weaknesses: {@code k} near-copies of one text (not equal word for word) cost {@code k²}
 * times its length, fine for the few reprints of a run but slow for hundreds; a copy rewritten
 * sentence by sentence (paraphrased, reordered within sentences, translated) is not found; an
 * article that is mostly a long quotation of another (a speech, a statement printed in full) is
 * taken for a copy of it, which is right when the claims come from the quotation. Articles that
 * share an id are one source whatever their texts, as they are one article to the cross-check.
 *
 * <p>The groups also say which articles tell one story ({@link Stories}), which the cross-check
 * needs beside the copies: both describe where claims come from.
 *
 * <p>Immutable and thread-safe. Equal when their groups and stories are equal.
 */
public final class SourceGroups implements java.io.Serializable {

  /**
   * Words per shingle. Five Korean words (어절, with their particles) are specific enough that two
   * articles on the same event rarely share a run by chance outside a quotation, and short enough
   * that an edit of one word only breaks the five shingles that cover it.
   */
  public static final int SHINGLE_WORDS = 5;

  /**
   * The least share of the shorter text's shingles that the longer text must have, in percent.
   * A reprint with a new first sentence, a trimmed last paragraph and a few words changed keeps
   * 85–95% of its shingles; two articles on one event written apart share only quotations and
   * fixed phrases (at most 10% between any two of the 65 development articles on 13 events, in
   * {@code realnews-texts}), and a follow-up that reuses half of a story shares half. 80 leaves room for a copy edited in several
   * places (each edited word costs up to five shingles) while staying far from independent texts.
   */
  public static final int MIN_CONTAINMENT_PERCENT = 80;

  /**
   * The fewest distinct shingles (24 words) a text needs to be compared by containment. Below it a
   * few shared phrases would already reach {@value #MIN_CONTAINMENT_PERCENT}%: a photo caption or a
   * one-paragraph brief quoting a sentence of a longer story is not a copy of it. Such texts are
   * grouped only with texts equal to them word for word.
   */
  public static final int MIN_SHINGLES = 20;

  private static final SourceGroups SEPARATE = new SourceGroups(List.of(), Stories.one());

  private final List<SourceGroup> groups;
  private final Map<String, String> sourceOf;
  private final Stories stories;

  private SourceGroups(List<SourceGroup> groups, Stories stories) {
    this.groups = List.copyOf(groups);
    this.stories = java.util.Objects.requireNonNull(stories, "stories");
    Map<String, String> m = new HashMap<>();
    for (SourceGroup g : this.groups) {
      for (String id : concat(g)) {
        if (m.put(id, g.source()) != null) {
          throw new IllegalArgumentException("article '" + id + "' is in two source groups");
        }
      }
    }
    this.sourceOf = Map.copyOf(m);
  }

  /** Every article its own source (no copies), all of one story. */
  public static SourceGroups separate() {
    return SEPARATE;
  }

  /**
   * Groups given as they are, e.g. by a caller that knows which articles are reprints.
   *
   * @throws IllegalArgumentException when an article is in two groups
   */
  public static SourceGroups of(List<SourceGroup> groups) {
    return groups.isEmpty() ? SEPARATE : new SourceGroups(groups, Stories.one());
  }

  /**
   * The copies among the articles, found from their cleaned texts, and the stories they tell
   * ({@link Stories}, from their nouns).
   */
  public static SourceGroups find(List<Article> articles) {
    List<Fingerprint> prints = new ArrayList<>(articles.size());
    articles.forEach(a -> prints.add(Fingerprint.of(a.id(), a.text())));
    return findAmong(prints).withStories(Stories.find(articles));
  }

  /** These groups of copies with the run's stories. */
  public SourceGroups withStories(Stories newStories) {
    return newStories.equals(stories) ? this : new SourceGroups(groups, newStories);
  }

  /** Which articles tell one story: claims without an owner are compared only within one. */
  public Stories stories() {
    return stories;
  }

  /** The story of an article ({@link Stories#storyOf}): empty when the run is one story. */
  public String storyOf(String articleId) {
    return stories.storyOf(articleId);
  }

  /**
   * What {@link #find} compares of an article, made apart from it (on the machine that read the
   * article, in a cluster).
   *
   * @param id the article's id
   * @param digest the SHA-256 of its words joined by spaces ({@link Shingles#words}), in hex, empty
   *     for a text without words: texts equal word for word are copies (a digest rather than the
   *     words, so that a fingerprint held for every article of a large run is small)
   * @param shingles the distinct hashes of its shingles, sorted; empty below {@value #MIN_SHINGLES}
   *     (such a text is compared word for word only)
   */
  public record Fingerprint(String id, String digest, long[] shingles) implements java.io.Serializable {

    public Fingerprint {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(digest, "digest");
      shingles = shingles.clone();
    }

    /** The fingerprint of an article's cleaned text. */
    public static Fingerprint of(String id, String text) {
      List<String> words = Shingles.words(text);
      long[] shingles = words.isEmpty() ? new long[0] : Shingles.of(words, SHINGLE_WORDS);
      return new Fingerprint(id, words.isEmpty() ? "" : sha256(String.join(" ", words)),
          shingles.length < MIN_SHINGLES ? new long[0] : shingles);
    }

    private static String sha256(String text) {
      try {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    @Override
    public long[] shingles() {
      return shingles.clone();
    }

    /**
     * Whether two articles are copies of one text by the rule of {@link SourceGroups}: the same
     * id, the same words, or one keeping {@value #MIN_CONTAINMENT_PERCENT}% of the other's shingles.
     */
    public boolean copies(Fingerprint o) {
      if (id.equals(o.id) || !digest.isEmpty() && digest.equals(o.digest)) {
        return true;
      }
      if (shingles.length == 0 || o.shingles.length == 0) {
        return false;
      }
      int shared = 0;
      for (int i = 0, j = 0; i < shingles.length && j < o.shingles.length; ) {
        int c = Long.compare(shingles[i], o.shingles[j]);
        if (c == 0) {
          shared++;
        }
        i += c <= 0 ? 1 : 0;
        j += c >= 0 ? 1 : 0;
      }
      return contains(shared, shingles.length, o.shingles.length);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fingerprint f && id.equals(f.id) && digest.equals(f.digest) && Arrays.equals(shingles, f.shingles);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * id.hashCode() + digest.hashCode()) + Arrays.hashCode(shingles);
    }

    @Override
    public String toString() {
      return "Fingerprint[" + id + ", " + shingles.length + " shingles]";
    }
  }

  private static boolean contains(int shared, int a, int b) {
    return 100L * shared >= (long) MIN_CONTAINMENT_PERCENT * Math.min(a, b);
  }

  /** The copies among articles given by their fingerprints, in input order, all of one story. */
  public static SourceGroups findAmong(List<Fingerprint> prints) {
    int n = prints.size();
    UnionFind sets = new UnionFind(n);
    Map<String, Integer> firstWithId = new HashMap<>();
    // the articles whose shingles are searched: the first with its words, with shingles enough
    Map<String, Integer> firstWithWords = new HashMap<>();
    boolean[] searched = new boolean[n];
    List<long[]> searchedShingles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Fingerprint a = prints.get(i);
      searched[i] = !a.digest().isEmpty() && firstWithWords.putIfAbsent(a.digest(), i) == null
          && a.shingles.length >= MIN_SHINGLES;
      if (searched[i]) {
        searchedShingles.add(a.shingles);
      }
    }
    ShingleIndex index = new ShingleIndex();
    Repeats repeats = Repeats.among(searchedShingles);
    int[] overlap = new int[n];
    int[] touched = new int[n];
    int[] usable = new int[n]; // each article's shingles not too common when it was indexed
    for (int i = 0; i < n; i++) {
      Fingerprint a = prints.get(i);
      Integer same = firstWithId.putIfAbsent(a.id(), i);
      if (same != null) {
        sets.union(same, i);
      }
      if (a.digest().isEmpty()) {
        continue;
      }
      int equal = firstWithWords.get(a.digest());
      if (equal != i) {
        sets.union(equal, i);
        continue;
      }
      if (!searched[i]) {
        continue; // too few shingles
      }
      long[] mine = a.shingles;
      int candidates = 0;
      int rare = 0;
      for (long h : mine) {
        if (!repeats.mayRepeat(h)) {
          rare++; // a shingle no other article has meets none and is never common: not indexed
          continue;
        }
        int p = index.add(h, i);
        if (p == ShingleIndex.COMMON) {
          continue; // a shingle of very many articles (a template, a stock phrase) tells no copy
        }
        rare++;
        for (; p >= 0; p = index.next(p)) {
          int j = index.article(p);
          if (overlap[j]++ == 0) {
            touched[candidates++] = j;
          }
        }
      }
      usable[i] = rare;
      for (int c = 0; c < candidates; c++) {
        int j = touched[c];
        if (contains(overlap[j], rare, usable[j])) {
          sets.union(j, i);
        }
        overlap[j] = 0;
      }
    }
    return of(groups(prints.stream().map(Fingerprint::id).toList(), sets));
  }

  /**
   * The groups of articles given in input order by id whose copies are the {@code pairs} of
   * positions (found apart, for example by a cluster's near-neighbour search, each confirmed by
   * {@link Fingerprint#copies}); copies of copies are one group. All are of one story.
   */
  public static SourceGroups ofPairs(List<String> ids, List<int[]> pairs) {
    UnionFind sets = new UnionFind(ids.size());
    for (int[] p : pairs) {
      sets.union(p[0], p[1]);
    }
    return of(groups(ids, sets));
  }

  private static List<SourceGroup> groups(List<String> ids, UnionFind sets) {
    Map<Integer, Set<String>> members = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      members.computeIfAbsent(sets.find(i), r -> new LinkedHashSet<>()).add(ids.get(i));
    }
    List<SourceGroup> out = new ArrayList<>();
    for (Set<String> group : members.values()) {
      if (group.size() > 1) {
        List<String> list = List.copyOf(group);
        out.add(new SourceGroup(list.get(0), list.subList(1, list.size())));
      }
    }
    return out;
  }

  /** The groups with copies, in input order of their sources. */
  public List<SourceGroup> groups() {
    return groups;
  }

  /** Whether any article is a copy of another. */
  public boolean hasCopies() {
    return !groups.isEmpty();
  }

  /** The id of the source that the article stands for: its group's first article, or itself. */
  public String sourceOf(String articleId) {
    return sourceOf.getOrDefault(articleId, articleId);
  }

  /** Whether two articles are one source: the same article or copies of one text. */
  public boolean sameSource(String a, String b) {
    return sourceOf(a).equals(sourceOf(b));
  }

  private static List<String> concat(SourceGroup g) {
    List<String> all = new ArrayList<>(g.copies().size() + 1);
    all.add(g.source());
    all.addAll(g.copies());
    return all;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceGroups other && groups.equals(other.groups) && stories.equals(other.stories);
  }

  @Override
  public int hashCode() {
    return 31 * groups.hashCode() + stories.hashCode();
  }

  @Override
  public String toString() {
    return "SourceGroups" + groups + (stories.many() ? " " + stories : "");
  }

  /**
   * The shingles that more than one article whose shingles are searched may have, found in a pass
   * before the search: two Bloom filters, "seen" and "seen again", of about eight bits per
   * shingle each. A shingle of one article only (most of them: 70-90% in news) is then left out of
   * the index, which changes nothing found (it would meet no earlier article and never be common)
   * and keeps the index to the shingles that can link articles: a filter's false positive only
   * indexes a shingle more.
   */
  private static final class Repeats {
    private static final int HASHES = 3;
    private final long[] seen;
    private final long[] again;
    private final long mask;

    private Repeats(long shingles) {
      long bits = Long.highestOneBit(Math.max(1024, 8 * shingles - 1)) * 2;
      this.seen = new long[Math.toIntExact(bits >>> 6)];
      this.again = new long[seen.length];
      this.mask = bits - 1;
    }

    /** The repeats among the shingles of the articles {@link #findAmong} searches, each article's distinct. */
    static Repeats among(List<long[]> searched) {
      long shingles = 0;
      for (long[] mine : searched) {
        shingles += mine.length;
      }
      Repeats r = new Repeats(shingles);
      for (long[] mine : searched) {
        for (long h : mine) {
          r.add(h);
        }
      }
      return r;
    }

    private void add(long hash) {
      boolean before = true;
      for (int k = 0; k < HASHES; k++) {
        long bit = bit(hash, k);
        int word = (int) (bit >>> 6);
        long m = 1L << bit;
        before &= (seen[word] & m) != 0;
        seen[word] |= m;
      }
      if (before) {
        for (int k = 0; k < HASHES; k++) {
          long bit = bit(hash, k);
          again[(int) (bit >>> 6)] |= 1L << bit;
        }
      }
    }

    /** Whether another article may have the shingle: certainly when it does. */
    boolean mayRepeat(long hash) {
      for (int k = 0; k < HASHES; k++) {
        long bit = bit(hash, k);
        if ((again[(int) (bit >>> 6)] & (1L << bit)) == 0) {
          return false;
        }
      }
      return true;
    }

    private long bit(long hash, int k) {
      long z = hash + (k + 1) * 0x9E3779B97F4A7C15L; // SplitMix64's finaliser, once per position
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return (z ^ (z >>> 31)) & mask;
    }
  }

  /**
   * An inverted index from shingle hash to the articles that have it, without boxing: an
   * open-addressing table of hashes, each with the head of a linked list of postings (newest
   * first) kept in two growing int arrays.
   */
  private static final class ShingleIndex {
    /** What {@link #add} returns for a hash already under {@value #MAX_POSTINGS} articles: none is added or met. */
    static final int COMMON = -2;
    /** The most articles one hash is indexed under: past that a shingle is a stock phrase, and meeting its articles would make the search quadratic. */
    static final int MAX_POSTINGS = 64;

    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;
    private int[] articles = new int[1 << 12];
    private int[] next = new int[1 << 12];
    private int postings;

    /** Adds {@code article} under {@code hash}; returns the first earlier posting of the hash, or -1. */
    int add(long hash, int article) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int slot = slot(keys, heads, hash);
      int earlier = heads[slot] - 1;
      if (earlier < 0) {
        keys[slot] = hash;
        size++;
      } else if (counts[slot] >= MAX_POSTINGS) {
        return COMMON;
      }
      counts[slot]++;
      if (postings == articles.length) {
        articles = Arrays.copyOf(articles, postings * 2);
        next = Arrays.copyOf(next, postings * 2);
      }
      articles[postings] = article;
      next[postings] = earlier;
      heads[slot] = ++postings; // 0 marks an empty slot
      return earlier;
    }

    int article(int posting) {
      return articles[posting];
    }

    /** The posting after {@code posting} in its list, or -1. */
    int next(int posting) {
      return next[posting];
    }

    /** The slot of {@code hash}: where it is, or the empty slot where it goes (linear probing). */
    private static int slot(long[] keys, int[] heads, long hash) {
      int mask = keys.length - 1;
      int i = (int) (hash ^ (hash >>> 32)) & mask;
      while (heads[i] != 0 && keys[i] != hash) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] k = new long[keys.length * 2];
      int[] h = new int[heads.length * 2];
      int[] c = new int[counts.length * 2];
      for (int i = 0; i < keys.length; i++) {
        if (heads[i] != 0) {
          int s = slot(k, h, keys[i]);
          k[s] = keys[i];
          h[s] = heads[i];
          c[s] = counts[i];
        }
      }
      keys = k;
      heads = h;
      counts = c;
    }
  }


}
