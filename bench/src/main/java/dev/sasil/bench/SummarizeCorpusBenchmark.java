package dev.sasil.bench;

import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.read.RawDocument;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
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
 * The summarizer on a corpus of any size, beside the Nori floor of the same texts, in milliseconds
 * per corpus (one op is the whole corpus): {@code nori} tokenizes every text, {@code summarize}
 * ranks and picks the sentences of every article already read, cleaned and analysed. The seeds are
 * five long articles, ranked by the graph; a corpus of news reports (most of up to 11 candidates)
 * exercises the selection model: {@code java -jar bench/target/benchmarks.jar SummarizeCorpus -p
 * corpus=../realnews-texts}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummarizeCorpusBenchmark {

  /** A file or folder of articles, or {@code seeds} for the bundled examples. */
  @Param({"seeds"})
  public String corpus;

  private List<String> texts;
  private List<Article> articles;
  private NoriAnalyzer nori;
  private TextRankSummarizer summarizer;

  @Setup
  public void setup() {
    ArticleReader.Result read = Sasil.standard().reader()
        .read(List.of(SeedArticles.input(corpus)));
    if (read.articles().isEmpty()) {
      throw new IllegalStateException(corpus + ": no article");
    }
    texts = read.documents().stream().map(RawDocument::content).toList();
    articles = read.articles();
    nori = NoriAnalyzer.withBundledDictionary();
    summarizer = TextRankSummarizer.standard();
  }

  @Benchmark
  public void nori(Blackhole bh) {
    for (String text : texts) {
      bh.consume(nori.analyze(text, 0));
    }
  }

  @Benchmark
  public void summarize(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(summarizer.summarize(a, SummaryOptions.DEFAULT));
    }
  }
}
