package dev.sasil.bench;

import dev.sasil.CrossCheck;
import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.read.RawDocument;
import dev.sasil.summarizer.SummaryOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole pipeline against its floor, Nori, on the same texts in the same run, on one thread (ms
 * per corpus; one op is the whole corpus):
 *
 * <ul>
 *   <li>{@code nori}: the Nori analyzer Sasil uses (bundled user dictionary) over every
 *       document's text as read, nothing else;
 *   <li>{@code pipeline}: what {@code sasil report} does short of writing: read the corpus from
 *       disk, clean, date, split sentences, Nori, detect the language, summarize every article,
 *       extract the claims and cross-check them.
 * </ul>
 *
 * <p>{@code nori / pipeline} is the share of the floor the pipeline runs at (issue 11 wants at
 * least 60%). {@link #main} runs both and prints it:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.sasil.bench.ThroughputBenchmark [--quick] [CORPUS...]
 * </pre>
 *
 * <p>CORPUS is {@code seeds} (the five articles of {@code examples/seeds.jsonl}, the default) or a
 * file or directory of articles, as {@code sasil} reads them. Run from the repository root. Or
 * through JMH itself: {@code java -jar bench/target/benchmarks.jar Throughput -p corpus=PATH}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ThroughputBenchmark {

  /** The texts of one corpus, read once for the floor; the pipeline reads them again each time. */
  @State(Scope.Benchmark)
  public static class Corpus {

    @Param({"seeds"})
    public String corpus;

    List<String> inputs;
    List<String> texts;
    NoriAnalyzer nori;
    ArticleReader reader;

    @Setup
    public void setup() {
      inputs = List.of(SeedArticles.input(corpus));
      reader = Sasil.standard().reader();
      ArticleReader.Result read = reader.read(inputs);
      if (read.articles().isEmpty()) {
        throw new IllegalStateException(corpus + ": no article");
      }
      texts = read.documents().stream().map(RawDocument::content).toList();
      nori = NoriAnalyzer.withBundledDictionary();
      Sasil.standard().compare(read.articles()); // load every lazily loaded lexicon before measuring
    }
  }

  @Benchmark
  public void nori(Corpus c, Blackhole bh) {
    for (String text : c.texts) {
      bh.consume(c.nori.analyze(text, 0));
    }
  }

  @Benchmark
  public CrossCheck pipeline(Corpus c, Blackhole bh) {
    List<Article> articles = c.reader.read(c.inputs).articles();
    for (Article a : articles) {
      bh.consume(Sasil.standard().summarize(a, SummaryOptions.DEFAULT));
    }
    return Sasil.standard().compare(articles);
  }

  /**
   * Runs both benchmarks on each corpus given (default: the seeds) and prints the pipeline's share
   * of the floor; {@code --quick} first: three warm-up and three measured iterations of 2 s
   * instead of five of 3 s (for a shared machine; less settled).
   */
  public static void main(String[] args) throws RunnerException {
    boolean quick = List.of(args).contains("--quick");
    List<String> corpora = List.of(args).stream().filter(a -> !a.equals("--quick")).toList();
    for (String a : corpora) {
      if (a.startsWith("-")) {
        System.err.println("ThroughputBenchmark: unknown option " + a + " (usage: [--quick] [CORPUS...])");
        System.exit(2);
      }
    }
    if (corpora.isEmpty()) {
      corpora = List.of("seeds");
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ThroughputBenchmark.class.getName() + "\\.(nori|pipeline)$")
        .param("corpus", corpora.toArray(String[]::new));
    if (quick) {
      options.warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    for (String corpus : corpora) {
      double nori = score(results, "nori", corpus);
      double pipeline = score(results, "pipeline", corpus);
      if (Double.isNaN(nori) || Double.isNaN(pipeline)) {
        System.err.println("ThroughputBenchmark: no result for " + corpus + ": its run failed (see JMH's output above)");
        System.exit(1);
      }
      System.out.printf(Locale.ROOT, "%s: nori %.1f ms, pipeline %.1f ms per corpus: the pipeline runs at %.1f%% of"
          + " the Nori floor (%.2fx its time)%n", corpus, nori, pipeline, 100 * nori / pipeline, pipeline / nori);
    }
  }

  private static double score(Collection<RunResult> results, String benchmark, String corpus) {
    List<Double> found = new ArrayList<>();
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("." + benchmark) && corpus.equals(r.getParams().getParam("corpus"))) {
        found.add(r.getPrimaryResult().getScore());
      }
    }
    return found.size() == 1 ? found.get(0) : Double.NaN; // none when the corpus's run failed
  }
}
