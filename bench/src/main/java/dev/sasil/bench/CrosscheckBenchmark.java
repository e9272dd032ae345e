package dev.sasil.bench;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * Cross-checking 1 M synthetic claims (seconds per run): 200 000 subjects, a handful of
 * attributes, claims spread over 1 000 articles with years and amounts that sometimes agree and
 * sometimes conflict. Grouping is by key, so time grows with the claims, not their pairs.
 * Run: {@code java -jar bench/target/benchmarks.jar CrosscheckBenchmark -wi 1 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class CrosscheckBenchmark {

  @Param({"1000000"})
  public int claims;

  private List<Claim> input;
  private CrossChecker checker;

  @Setup
  public void setup() {
    checker = CrossChecker.standard();
    Random r = new Random(20231206L);
    String[] events = {"released", "founded", "left"};
    String[] measures = {"users.monthly", "valuation"};
    input = new ArrayList<>(claims);
    for (int i = 0; i < claims; i++) {
      String subject = "entity" + r.nextInt(200_000);
      String article = "article" + r.nextInt(1_000);
      Evidence ev = new Evidence(article, r.nextInt(40), "synthetic sentence " + i, 0, 5, "value");
      if (r.nextInt(4) == 0) {
        String attribute = measures[r.nextInt(measures.length)];
        Quantity q = Quantity.exact(BigDecimal.valueOf(100_000_000L * (1 + r.nextInt(3))),
            attribute.startsWith("users") ? QuantityUnit.PERSONS : QuantityUnit.USD);
        input.add(new Claim(subject, attribute, q, List.of("asof=2024-0" + (1 + r.nextInt(3))), ev, ""));
      } else {
        String attribute = events[r.nextInt(events.length)];
        TimeValue t = r.nextBoolean() ? TimeValue.ofYear(2015 + r.nextInt(2)) : TimeValue.ofMonth(2015 + r.nextInt(2), 1 + r.nextInt(12));
        input.add(new Claim(subject, attribute, t, List.of(), ev, ""));
      }
    }
  }

  @Benchmark
  public List<Finding> crossCheck() {
    return checker.check(input);
  }
}
