package dev.sasil;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.spill.ArticleSpill;
import dev.sasil.core.work.Workers;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import dev.sasil.factcheck.crosscheck.SpilledCrossCheck;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.LearntNames;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.source.Stories;
import dev.sasil.factcheck.source.StoryDates;
import dev.sasil.factcheck.source.StoryTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cross-check of {@link Sasil#compare(List)} for articles given one at a time, without holding
 * every analysed article: a reader can stream a corpus through it. It gives the same result as
 * {@code compare} on the whole list.
 *
 * <p>Claims are read in two passes, because an article's claims depend on the names every article
 * of the run teaches ({@link ClaimExtractor#names}). The first pass ({@link #take} on any thread,
 * then {@link #add} in input order) keeps what the second needs of each article: the names it
 * teaches, its fingerprint for copies, its nouns for stories, and the article itself, analysed
 * while the morphemes kept stay within a budget (an eighth of the heap), and beyond it without its
 * morphemes and its text in a temporary file ({@link ArticleSpill}), so that the heap holds only
 * its place there. The second pass ({@link #finish}) analyses those again, one at a time on the
 * workers, extracts their claims and figures, and cross-checks them.
 *
 * <p>Not thread-safe: {@link #take} may run on any thread, {@link #add} and {@link #finish} on one.
 */
public final class CompareBatch {

  /** Bytes a kept morpheme costs, about: the record, its surface string and the list's slot. */
  private static final long BYTES_PER_MORPHEME = 120;

  /** What the first pass keeps of one article; made by {@link #take}. */
  public static final class Taken {
    private final Article article;
    private final ClaimExtractor.Names names;
    private final SourceGroups.Fingerprint fingerprint;
    private final StoryTerms terms;
    private final int morphemes;

    private Taken(Article article, ClaimExtractor.Names names, SourceGroups.Fingerprint fingerprint, StoryTerms terms) {
      this.article = article;
      this.names = names;
      this.fingerprint = fingerprint;
      this.terms = terms;
      int n = 0;
      for (var s : article.sentences()) {
        n += s.morphemes().size();
      }
      this.morphemes = n;
    }

    /** The article as read. */
    public Article article() {
      return article;
    }
  }

  private final SourceComparer comparer;
  private final ArticlePipeline pipeline;
  private final Workers workers;
  private final long budget;
  private long kept;
  private final Held articles = new Held();
  private final Map<String, Entity> names = new HashMap<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();
  private final List<SourceGroups.Fingerprint> prints = new ArrayList<>();
  private final List<StoryTerms> terms = new ArrayList<>();
  private boolean finished;

  CompareBatch(SourceComparer comparer, ArticlePipeline pipeline, Workers workers, long morphemeBudget) {
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.budget = morphemeBudget;
  }

  /** The morphemes a batch keeps analysed by default: an eighth of the heap's limit. */
  static long defaultBudget() {
    return Runtime.getRuntime().maxMemory() / 8 / BYTES_PER_MORPHEME;
  }

  /**
   * An article as the second pass needs it when its morphemes are not kept: its sentences without
   * morphemes and no text, as its fingerprint and terms are taken already and the sentences hold
   * every character a claim cites (the text would be a second copy of them).
   */
  private static Article light(Article a) {
    Article w = a.withoutMorphemes();
    return new Article(w.id(), w.title(), w.url(), w.published(), "", w.sentences(), w.language(), w.warnings(),
        w.outlet());
  }

  /** The first pass over one article: thread-safe, for the reader's workers. */
  public Taken take(Article article) {
    return new Taken(article, comparer.extractor().names(article),
        SourceGroups.Fingerprint.of(article.id(), article.text()), StoryTerms.of(article));
  }

  /** Adds an article taken by {@link #take}; articles must come in input order. */
  public void add(Taken t) {
    if (finished) {
      throw new IllegalStateException("the batch is finished");
    }
    boolean keep = kept + t.morphemes <= budget;
    kept += keep ? t.morphemes : 0;
    if (keep) {
      articles.add(t.article);
    } else {
      articles.spill(light(t.article));
    }
    t.names.names().forEach(names::putIfAbsent);
    problems.addAll(t.names.problems());
    prints.add(t.fingerprint);
    terms.add(t.terms);
  }

  /** Adds an article, taking it on this thread. */
  public void add(Article article) {
    add(take(article));
  }

  /**
   * The articles added, in order, as the writers of a comparison need them: those beyond the
   * budget without their morphemes and their text (their sentences keep it), read back from the
   * temporary file each time they are got.
   */
  public List<Article> articles() {
    return java.util.Collections.unmodifiableList(articles);
  }

  /**
   * The articles added, in order: those within the budget on the heap, the others in a spill made
   * when the first of them comes.
   */
  private static final class Held extends java.util.AbstractList<Article> implements java.util.RandomAccess {
    private final List<Article> kept = new ArrayList<>(); // null where the article is spilled
    private int[] spilledAt = new int[0]; // for each article, its index in the spill, or -1
    private ArticleSpill spill;

    @Override
    public boolean add(Article a) {
      place(-1);
      kept.add(a);
      return true;
    }

    void spill(Article a) {
      if (spill == null) {
        spill = ArticleSpill.create();
      }
      place(spill.size());
      spill.add(a);
      kept.add(null);
    }

    private void place(int inSpill) {
      int n = kept.size();
      if (n == spilledAt.length) {
        spilledAt = java.util.Arrays.copyOf(spilledAt, Math.max(16, n * 2));
      }
      spilledAt[n] = inSpill;
    }

    @Override
    public Article get(int index) {
      Article a = kept.get(index);
      return a != null ? a : spill.get(spilledAt[index]);
    }

    @Override
    public int size() {
      return kept.size();
    }
  }

  /** The second pass and the cross-check of every article added. Once only. */
  public CrossCheck finish() {
    if (finished) {
      throw new IllegalStateException("the batch is finished");
    }
    finished = true;
    SourceGroups sources = SourceGroups.findAmong(prints).withStories(Stories.findAmong(terms));
    StoryDates days = StoryDates.ofTerms(terms, sources.stories());
    prints.clear();
    terms.clear();
    // an article kept without its morphemes is analysed again, one at a time on the workers; an
    // undated one is read against its story's day
    java.util.function.UnaryOperator<Article> prepare = a -> days.toRead(analysed(a) ? a : pipeline.analysed(a));
    LearntNames learnt = LearntNames.of(names);
    if (articles.spill == null) {
      Extraction e = comparer.extractor().extract(articles, learnt, problems, workers, prepare);
      return new CrossCheck(comparer.checker().check(e, sources), sources, e.problems());
    }
    // beyond the budget, the claims and figures go to disk as they are extracted, a chunk of
    // articles at a time, and are checked a partition and a story at a time
    SpilledCrossCheck spilled = new SpilledCrossCheck(comparer.checker(), sources, RUN_SIZE, BLOCK_SIZE);
    List<ExtractionProblem> all = new ArrayList<>();
    for (int from = 0; from < articles.size(); from += CHUNK) {
      Extraction e = comparer.extractor().extract(articles.subList(from, Math.min(articles.size(), from + CHUNK)),
          learnt, from == 0 ? problems : List.of(), workers, prepare);
      all.addAll(e.problems());
      spilled.add(e);
    }
    return new CrossCheck(spilled.finish(), sources, all);
  }

  /** Articles extracted together before their claims and figures are written to disk. */
  private static final int CHUNK = 1000;

  /** Findings the final sort holds on the heap at a time. */
  private static final int RUN_SIZE = 50_000;

  /** Findings written to one block of the final sort. */
  private static final int BLOCK_SIZE = 1000;

  /**
   * Whether an article still has its morphemes: one kept {@link Article#withoutMorphemes()
   * without them} has none (an article Nori found nothing in is analysed again, to the same
   * nothing).
   */
  private static boolean analysed(Article a) {
    for (var s : a.sentences()) {
      if (!s.morphemes().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
