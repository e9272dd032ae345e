package dev.sasil.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SourceGroupsTest {

  // A made-up story (no real town, no real article) and texts derived from it.
  private static final String LEAD = "한솔시는 12일 시청 대회의실에서 기자회견을 열고 내년부터 시내버스 요금을 1400원으로 올린다고 밝혔다.";
  private static final String BODY = """
      시는 연료비와 인건비가 3년 동안 크게 오른 데다 버스 회사의 적자가 쌓여 요금 조정이 불가피하다고 설명했다.
      인상안은 다음 달 시의회 심의를 거쳐 확정될 예정이다.
      시민단체는 "물가가 높은 상황에서 교통비까지 오르면 서민의 부담이 더 커진다"며 반대 의견을 냈다.
      시는 저소득층과 청소년을 위한 요금 할인 제도를 함께 넓히겠다고 덧붙였다.
      교통국장은 "인상분은 노선 개편과 배차 간격을 줄이는 데 모두 쓰겠다"고 말했다.""";
  private static final String TAIL = "한솔시 시내버스 요금은 2019년 이후 한 번도 오르지 않았다.";
  private static final String ORIGINAL = LEAD + "\n" + BODY + "\n" + TAIL;

  /** An article with only an id and a text: the detector reads nothing else. */
  private static Article article(String id, String text) {
    return new Article(id, "", null, null, text, List.of(), null, List.of());
  }

  private static SourceGroups find(Article... articles) {
    return SourceGroups.find(List.of(articles));
  }

  @Test
  void theSameTextTwiceIsOneSource() {
    SourceGroups g = find(article("a1", ORIGINAL), article("a2", ORIGINAL));
    assertThat(g.groups()).containsExactly(new SourceGroup("a1", List.of("a2")));
    assertThat(g.sourceOf("a2")).isEqualTo("a1");
    assertThat(g.sameSource("a1", "a2")).isTrue();
  }

  @Test
  void punctuationSpacingAndLineBreaksDoNotMakeACopyDifferent() {
    String retyped = ORIGINAL.replace("\n", "\n\n  ").replace("\"", "“").replace(".", " .").replace("12일", "12일,");
    assertThat(find(article("a1", ORIGINAL), article("a2", retyped)).groups())
        .containsExactly(new SourceGroup("a1", List.of("a2")));
  }

  @Test
  void aReprintWithItsOwnLeadAndACutTailIsOneSource() {
    String reprint = "한솔시가 시내버스 요금 인상 방침을 공식화했다.\n" + BODY;
    SourceGroups g = find(article("wire", ORIGINAL), article("outlet", reprint));
    assertThat(g.groups()).containsExactly(new SourceGroup("wire", List.of("outlet")));
  }

  @Test
  void twoArticlesOnOneEventSharingAQuotationAreTwoSources() {
    String other = """
        한솔시 시내버스 요금이 내년에 오른다.
        시의회는 다음 달 인상안을 다루기로 했고 버스 회사들은 적자 폭을 줄일 수 있을 것으로 기대했다.
        시민단체는 "물가가 높은 상황에서 교통비까지 오르면 서민의 부담이 더 커진다"며 반대 의견을 냈다.
        출퇴근길에 만난 한 직장인은 한 달 교통비가 만원 넘게 늘어날 것 같다며 한숨을 쉬었다.
        인근 도시들도 비슷한 시기에 요금 조정을 검토하고 있는 것으로 알려졌다.""";
    SourceGroups g = find(article("a1", ORIGINAL), article("a2", other));
    assertThat(g.groups()).isEmpty();
    assertThat(g.sameSource("a1", "a2")).isFalse();
  }

  @Test
  void aCopyIsFoundAmongManyArticlesSharingAStockSentence() {
    List<Article> articles = new ArrayList<>();
    Random r = new Random(7);
    String[] syllables = {"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하"};
    for (int i = 0; i < 150; i++) {
      StringBuilder own = new StringBuilder();
      for (int w = 0; w < 80; w++) {
        for (int k = 0; k < 3; k++) {
          own.append(syllables[r.nextInt(syllables.length)]);
        }
        own.append(' ');
      }
      // every text ends in the same stock sentence, past the number of articles a shingle is
      // indexed under: the copy of a late article is still found, and nothing else
      articles.add(article("n" + i, own + "\n" + TAIL));
    }
    articles.add(article("copy", articles.get(100).text()));
    SourceGroups g = SourceGroups.find(articles);
    assertThat(g.groups()).containsExactly(new SourceGroup("n100", List.of("copy")));
  }

  @Test
  void shortTextsAreOneSourceOnlyWhenEqualWordForWord() {
    String caption = "12일 한솔시청 앞 버스 정류장에서 시민들이 버스를 기다리고 있다.";
    String captionEdited = "12일 한솔시청 앞 버스 정류장에서 시민들이 버스를 타고 있다.";
    assertThat(find(article("a", caption), article("b", captionEdited)).groups()).isEmpty();
    assertThat(find(article("a", caption), article("b", caption + " ")).groups())
        .containsExactly(new SourceGroup("a", List.of("b")));
    // a brief that only repeats the lead of a longer story is not taken for a copy of it
    assertThat(find(article("story", ORIGINAL), article("brief", LEAD)).groups()).isEmpty();
  }

  @Test
  void emptyTextsAreNeverGrouped() {
    assertThat(find(article("a", ""), article("b", " \n "), article("c", "...")).groups()).isEmpty();
  }

  @Test
  void copiesOfCopiesAreOneGroupWhoseSourceIsTheFirstInInputOrder() {
    List<String> sentences = List.of(BODY.split("\n"));
    String first = LEAD + "\n" + String.join("\n", sentences);
    String second = String.join("\n", sentences) + "\n" + TAIL;
    // 'late' shares most of its text with 'second' only, 'second' with 'first': one group by transitivity
    String late = String.join("\n", sentences.subList(1, sentences.size())) + "\n" + TAIL + "\n버스 노선 개편안은 연말에 나온다.";
    SourceGroups g = find(article("x", "전혀 다른 이야기"), article("late", late), article("first", first),
        article("second", second));
    assertThat(g.groups()).containsExactly(new SourceGroup("late", List.of("first", "second")));
    assertThat(g.sourceOf("second")).isEqualTo("late");
    assertThat(g.sourceOf("x")).isEqualTo("x");
  }

  @Test
  void articlesWithOneIdAreOneSourceAndNotListedAsCopiesOfThemselves() {
    SourceGroups g = find(article("a", ORIGINAL), article("a", "다른 글"), article("b", ORIGINAL));
    assertThat(g.groups()).containsExactly(new SourceGroup("a", List.of("b")));
    assertThat(find(article("a", ORIGINAL), article("a", ORIGINAL)).groups()).isEmpty();
  }

  @Test
  void groupsGivenByHandAreChecked() {
    assertThat(SourceGroups.of(List.of())).isEqualTo(SourceGroups.separate());
    assertThat(SourceGroups.separate().hasCopies()).isFalse();
    assertThatThrownBy(() -> SourceGroups.of(List.of(new SourceGroup("a", List.of("b")), new SourceGroup("c", List.of("b")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
  }

  // ---------------------------------------------------------------------------------------------
  // Random texts with planted copies: every planted copy is grouped with its original, nothing
  // else is grouped, and the groups do not depend on the input order.

  @Test
  void plantedCopiesOfRandomTextsAreFoundAndNothingElse() {
    for (long seed = 1; seed <= 20; seed++) {
      Corpus c = Corpus.random(new Random(seed));
      SourceGroups g = SourceGroups.find(c.articles);
      assertThat(partition(g, c.articles)).as("seed %d", seed).isEqualTo(c.expected());
      for (SourceGroup group : g.groups()) {
        assertThat(firstIndex(c.articles, group.source()))
            .as("seed %d: the source is the group's first article", seed)
            .isLessThan(group.copies().stream().mapToInt(id -> firstIndex(c.articles, id)).min().orElseThrow());
      }
    }
  }

  @Test
  void groupsDoNotDependOnInputOrder() {
    Random r = new Random(42);
    Corpus c = Corpus.random(r);
    Set<Set<String>> expected = partition(SourceGroups.find(c.articles), c.articles);
    for (int round = 0; round < 5; round++) {
      List<Article> shuffled = new ArrayList<>(c.articles);
      Collections.shuffle(shuffled, r);
      SourceGroups g = SourceGroups.find(shuffled);
      assertThat(partition(g, shuffled)).isEqualTo(expected);
      assertThat(SourceGroups.find(shuffled)).as("deterministic").isEqualTo(g);
    }
  }

  // Fingerprints whose shingles come from a small pool, so that shingles are shared by a few
  // articles, by many (common, past the index's limit) and by one, and overlaps fall on both sides
  // of the containment threshold: the search, which leaves single-article shingles out of its
  // index, groups exactly as the plain search that indexes every shingle.

  @Test
  void leavingSingleArticleShinglesOutOfTheIndexChangesNoGroup() {
    for (long seed = 1; seed <= 30; seed++) {
      Random r = new Random(seed);
      List<SourceGroups.Fingerprint> prints = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        java.util.TreeSet<Long> shingles = new java.util.TreeSet<>();
        int n = SourceGroups.MIN_SHINGLES - 5 + r.nextInt(40);
        boolean copy = i > 0 && r.nextInt(4) == 0;
        long[] earlier = copy ? prints.get(r.nextInt(i)).shingles() : new long[0];
        while (shingles.size() < n) {
          int k = r.nextInt(10);
          long h = copy && k < 8 && earlier.length > 0 ? earlier[r.nextInt(earlier.length)]
              : k < 2 ? r.nextInt(3) // very common
              : k < 4 ? 1_000 + r.nextInt(2_000) // shared by a few
              : r.nextLong(); // of this article alone
          shingles.add(h);
        }
        long[] array = shingles.stream().mapToLong(Long::longValue).toArray();
        String digest = r.nextInt(30) == 0 ? "" : r.nextInt(30) == 0 && i > 0 ? prints.get(i - 1).digest() : "d" + i;
        prints.add(new SourceGroups.Fingerprint("p" + (r.nextInt(50) == 0 ? 0 : i), digest,
            array.length < SourceGroups.MIN_SHINGLES ? new long[0] : array));
      }
      assertThat(SourceGroups.findAmong(prints).groups()).as("seed %d", seed).isEqualTo(plainSearch(prints));
    }
  }

  /** The search of {@link SourceGroups#findAmong} with every shingle indexed, in plain collections. */
  private static List<SourceGroup> plainSearch(List<SourceGroups.Fingerprint> prints) {
    int maxPostings = 64;
    UnionFind sets = new UnionFind(prints.size());
    Map<String, Integer> firstWithId = new HashMap<>();
    Map<String, Integer> firstWithWords = new HashMap<>();
    Map<Long, List<Integer>> index = new HashMap<>();
    int[] usable = new int[prints.size()];
    for (int i = 0; i < prints.size(); i++) {
      SourceGroups.Fingerprint a = prints.get(i);
      Integer same = firstWithId.putIfAbsent(a.id(), i);
      if (same != null) {
        sets.union(same, i);
      }
      if (a.digest().isEmpty()) {
        continue;
      }
      Integer equal = firstWithWords.putIfAbsent(a.digest(), i);
      if (equal != null) {
        sets.union(equal, i);
        continue;
      }
      long[] mine = a.shingles();
      if (mine.length < SourceGroups.MIN_SHINGLES) {
        continue;
      }
      Map<Integer, Integer> overlap = new java.util.TreeMap<>();
      int rare = 0;
      for (long h : mine) {
        List<Integer> postings = index.computeIfAbsent(h, x -> new ArrayList<>());
        if (postings.size() >= maxPostings) {
          continue;
        }
        rare++;
        for (int j : postings) {
          overlap.merge(j, 1, Integer::sum);
        }
        postings.add(i);
      }
      usable[i] = rare;
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        if (100L * e.getValue() >= (long) SourceGroups.MIN_CONTAINMENT_PERCENT * Math.min(rare, usable[e.getKey()])) {
          sets.union(e.getKey(), i);
        }
      }
    }
    Map<Integer, java.util.LinkedHashSet<String>> members = new java.util.LinkedHashMap<>();
    for (int i = 0; i < prints.size(); i++) {
      members.computeIfAbsent(sets.find(i), x -> new java.util.LinkedHashSet<>()).add(prints.get(i).id());
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

  /** The groups as sets of ids, singletons left out. */
  private static Set<Set<String>> partition(SourceGroups g, List<Article> articles) {
    Set<Set<String>> out = new HashSet<>();
    for (SourceGroup group : g.groups()) {
      Set<String> s = new TreeSet<>(group.copies());
      s.add(group.source());
      out.add(s);
    }
    return out;
  }

  private static int firstIndex(List<Article> articles, String id) {
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  /**
   * Random texts of random made-up Hangul words. Every text quotes up to two sentences of a shared
   * pool (as articles on one event quote one statement), and some are follow-ups that reuse half
   * of another text: they share shingles with others, but far fewer than a copy. Copies are made
   * of originals or of other copies with the edits a reprint gets: a new lead (at most a
   * twentieth), the first words or the tail cut (each at most a tenth), a word in sixty replaced,
   * punctuation and spacing changed; by construction each keeps over 84% of its shingles.
   */
  private record Corpus(List<Article> articles, Map<String, String> copyOf) {

    static Corpus random(Random r) {
      List<List<String>> quotes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        quotes.add(words(r, 8 + r.nextInt(5)));
      }
      List<Article> articles = new ArrayList<>();
      List<List<String>> texts = new ArrayList<>();
      Map<String, String> copyOf = new HashMap<>();
      int n = 60 + r.nextInt(60);
      for (int i = 0; i < n; i++) {
        List<String> words;
        String parent = null;
        int kind = texts.isEmpty() ? 0 : r.nextInt(10);
        if (kind < 6) { // an independent text
          words = words(r, 80 + r.nextInt(220));
          for (int q = r.nextInt(3); q > 0; q--) {
            int at = r.nextInt(words.size());
            words.addAll(at, quotes.get(r.nextInt(quotes.size())));
          }
        } else if (kind < 8) { // a copy of an earlier text, perhaps itself a copy
          int from = r.nextInt(texts.size());
          parent = articles.get(from).id();
          words = reprint(r, texts.get(from));
        } else if (kind == 8) { // the same words again, typeset anew
          int from = r.nextInt(texts.size());
          parent = articles.get(from).id();
          words = new ArrayList<>(texts.get(from));
        } else { // a follow-up: new words, then the second half of an earlier text
          List<String> earlier = texts.get(r.nextInt(texts.size()));
          words = words(r, earlier.size() / 2 + r.nextInt(20));
          words.addAll(earlier.subList(earlier.size() / 2, earlier.size()));
        }
        String id = "t" + i;
        texts.add(words);
        articles.add(article(id, typeset(r, words)));
        if (parent != null) {
          copyOf.put(id, parent);
        }
      }
      return new Corpus(articles, copyOf);
    }

    /** The planted groups: copies joined with what they copy, transitively; singletons left out. */
    Set<Set<String>> expected() {
      Map<String, String> root = new HashMap<>();
      for (Article a : articles) {
        String id = a.id();
        String p = copyOf.get(id);
        root.put(id, p == null ? id : root.get(p));
      }
      Map<String, Set<String>> groups = new HashMap<>();
      root.forEach((id, r) -> groups.computeIfAbsent(r, x -> new TreeSet<>()).add(id));
      Set<Set<String>> out = new HashSet<>();
      groups.values().stream().filter(s -> s.size() > 1).forEach(out::add);
      return out;
    }

    private static List<String> reprint(Random r, List<String> original) {
      int size = original.size();
      List<String> w = new ArrayList<>(original.subList(r.nextInt(size / 10 + 1), size - r.nextInt(size / 10 + 1)));
      for (int k = r.nextInt(size / 60 + 1); k > 0; k--) {
        w.set(r.nextInt(w.size()), word(r));
      }
      w.addAll(0, words(r, r.nextInt(size / 20 + 1)));
      return w;
    }

    private static List<String> words(Random r, int n) {
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(word(r));
      }
      return out;
    }

    private static String word(Random r) {
      StringBuilder b = new StringBuilder();
      for (int i = 1 + r.nextInt(4); i > 0; i--) {
        b.append((char) ('가' + r.nextInt(11172)));
      }
      return b.toString();
    }

    /** Words joined by spaces, with random sentence ends, commas, quotes and line breaks. */
    private static String typeset(Random r, List<String> words) {
      StringBuilder b = new StringBuilder();
      for (String w : words) {
        if (!b.isEmpty()) {
          b.append(r.nextInt(20) == 0 ? "\n" : r.nextInt(30) == 0 ? "  " : " ");
        }
        boolean quoted = r.nextInt(40) == 0;
        b.append(quoted ? "\"" : "").append(w).append(quoted ? "\"" : "");
        int p = r.nextInt(12);
        b.append(p == 0 ? "." : p == 1 ? "," : "");
      }
      return b.toString();
    }
  }
}
