package dev.sasil.bench;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.extract.Extraction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim extraction against its floor, Nori, in one run (ms per corpus; one op is the whole corpus,
 * so {@code extract / nori} is the ratio the project wants at or below 1):
 *
 * <ul>
 *   <li>{@code nori}: {@link NoriAnalyzer} over every sentence of the corpus, nothing else;
 *   <li>{@code extract}: {@code ClaimExtractor.standard().extract(articles)} on the same articles,
 *       already cleaned, segmented and analysed;
 *   <li>{@code pipeline}: the whole way from documents in memory: {@link ArticlePipeline} (Nori
 *       included) and extraction, that is {@code sasil compare} minus reading and cross-checking;
 *   <li>{@code longText}: extraction of one already analysed text without punctuation or line
 *       breaks, {@code words} words long (issue 14): doubling {@code words} should about double
 *       the time. Known exception: {@code amounts} and {@code news} still grow faster, in the
 *       measure frames (every figure looks back over the whole sentence).
 * </ul>
 *
 * <p>Corpora: {@code seeds}, the five articles of {@code examples/seeds.jsonl}, and {@code
 * synthetic}, 30 articles of 25 sentences from {@link SyntheticNews}'s templates (fixed seed).
 * Parameters belong to the state each method uses, so {@code nori}, {@code extract} and {@code
 * pipeline} run per corpus and {@code longText} per kind and length.
 *
 * <p>Extraction runs through much more code than Nori and needs the longer warm-up of the
 * defaults (five iterations of 3 s) before the compiler is done; with two short warm-up
 * iterations it reads up to three times too slow on a two-core machine. Run from the repository
 * root: {@code java -jar bench/target/benchmarks.jar ClaimExtraction} (about 10 minutes), or {@code
 * java -jar bench/target/benchmarks.jar 'ClaimExtractionBenchmark.(nori|extract)'} for the ratio alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClaimExtractionBenchmark {

  /** The articles of one corpus, as documents and as analysed articles. */
  @State(Scope.Benchmark)
  public static class Corpus {

    @Param({"seeds", "synthetic"})
    public String corpus;

    ArticlePipeline pipeline;
    NoriAnalyzer nori;
    List<RawDocument> docs;
    List<Article> articles;

    @Setup
    public void setup() {
      docs = switch (corpus) {
        case "seeds" -> SeedArticles.load();
        case "synthetic" -> new SyntheticNews(20240313L).articles(30, 25);
        default -> throw new IllegalArgumentException("unknown corpus: " + corpus);
      };
      pipeline = ArticlePipeline.standard();
      nori = NoriAnalyzer.withBundledDictionary();
      articles = new ArrayList<>();
      for (RawDocument d : docs) {
        articles.add(pipeline.process(d));
      }
      // load every lazily loaded lexicon before measuring
      ClaimExtractor.standard().extract(articles);
    }
  }

  /** One long unpunctuated text, analysed once. */
  @State(Scope.Benchmark)
  public static class LongText {

    /** The kinds of {@link SyntheticNews#unpunctuated}: random Hangul words, 1조2억3천만원 repeated, news sentences. */
    @Param({"hangul", "amounts", "news"})
    public String kind;

    @Param({"2000", "4000"})
    public int words;

    Article article;

    @Setup
    public void setup() {
      String text = new SyntheticNews(14L).unpunctuated(kind, words);
      Sentence s = new Sentence(0, text, 0, text.length(), SentenceKind.BODY,
          NoriAnalyzer.withBundledDictionary().analyze(text, 0));
      article = new Article("long-" + kind + "-" + words, "", null,
          Published.of(PartialDate.ofDay(2024, 3, 13), DateSource.OPTION), text, List.of(s), "kor", List.of());
      ClaimExtractor.standard().extract(List.of(article));
    }
  }

  @Benchmark
  public void nori(Corpus c, Blackhole bh) {
    for (Article a : c.articles) {
      for (Sentence s : a.sentences()) {
        bh.consume(c.nori.analyze(s.text(), s.start()));
      }
    }
  }

  @Benchmark
  public Extraction extract(Corpus c) {
    return ClaimExtractor.standard().extract(c.articles);
  }

  @Benchmark
  public Extraction pipeline(Corpus c) {
    List<Article> articles = new ArrayList<>(c.docs.size());
    for (RawDocument d : c.docs) {
      articles.add(c.pipeline.process(d));
    }
    return ClaimExtractor.standard().extract(articles);
  }

  /** Seconds per op on the figure-heavy kinds: fewer measured iterations, the op itself is long. */
  @Benchmark
  @Warmup(iterations = 4, time = 3)
  @Measurement(iterations = 3, time = 3)
  public Extraction longText(LongText t) {
    return ClaimExtractor.standard().extract(List.of(t.article));
  }
}
