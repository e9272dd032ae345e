package dev.sasil.bench;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Summaries of the seed articles, in articles per second per thread (ops = articles):
 * {@code pipelineOnly} is the article pipeline (cleaning, sentences, Nori) the summarizer sits
 * on, {@code pipelineAndSummarize} adds the ranking, and {@code summarizeOnly} is the ranking
 * alone on analysed articles, so its cost is visible next to the Nori analysis. Run from the
 * repository root: {@code java -jar bench/target/benchmarks.jar SummarizeBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SummarizeBenchmark {

  private ArticlePipeline pipeline;
  private TextRankSummarizer summarizer;
  private List<RawDocument> docs;
  private List<Article> articles;

  @Setup
  public void setup() {
    pipeline = ArticlePipeline.standard();
    summarizer = TextRankSummarizer.standard();
    docs = SeedArticles.load();
    articles = docs.stream().map(pipeline::process).toList();
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void pipelineOnly(Blackhole bh) {
    for (RawDocument d : docs) {
      bh.consume(pipeline.process(d));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void pipelineAndSummarize(Blackhole bh) {
    for (RawDocument d : docs) {
      bh.consume(summarizer.summarize(pipeline.process(d), SummaryOptions.DEFAULT));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void summarizeOnly(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(summarizer.summarize(a, SummaryOptions.DEFAULT));
    }
  }
}
