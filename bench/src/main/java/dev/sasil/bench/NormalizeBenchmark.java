package dev.sasil.bench;

import dev.sasil.core.read.RawDocument;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeNormalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time and quantity normalization: over the seed articles (ops = articles), and over pathological
 * repetitions of a given size (time per call should grow linearly with {@code size}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class NormalizeBenchmark {

  @Param({"10000", "100000"})
  int size;

  @Param({"1조", "지난 2년 만에 ", "오후 3시 ", "9"})
  String unit;

  private List<String> seeds;
  private String repeated;
  private final TimeAnchor anchor = TimeAnchor.parse("2024-03-13");

  @Setup
  public void setup() {
    seeds = SeedArticles.load().stream().map(RawDocument::content).toList();
    repeated = unit.repeat(Math.max(1, size / unit.length()));
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void seedArticles(Blackhole bh) {
    for (String s : seeds) {
      bh.consume(TimeNormalizer.standard().find(s, anchor));
      bh.consume(QuantityNormalizer.standard().find(s));
    }
  }

  @Benchmark
  public void pathological(Blackhole bh) {
    bh.consume(TimeNormalizer.standard().find(repeated, anchor));
    bh.consume(QuantityNormalizer.standard().find(repeated));
  }
}
