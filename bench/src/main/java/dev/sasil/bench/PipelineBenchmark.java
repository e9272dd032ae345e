package dev.sasil.bench;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.RawDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Reading + cleaning + dating + sentences + Nori, per seed article (ops = articles). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

  private ArticlePipeline pipeline;
  private List<RawDocument> docs;

  @Setup
  public void setup() {
    pipeline = ArticlePipeline.standard();
    docs = SeedArticles.load();
  }

  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(5)
  public void processSeeds(Blackhole bh) {
    for (RawDocument d : docs) {
      Article a = pipeline.process(d);
      bh.consume(a);
    }
  }
}
