package dev.sasil.bench;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.Sentence;
import dev.sasil.core.clean.BoilerplateCleaner;
import dev.sasil.core.date.PublicationDateFinder;
import dev.sasil.core.lang.LanguageDetector;
import dev.sasil.core.morph.MorphAnalyzer;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.text.KoreanSentenceSegmenter;
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
 * The core pipeline per seed article (ops = articles; the five seeds of {@code
 * examples/seeds.jsonl} per invocation), split so the cost of each stage is visible:
 *
 * <ul>
 *   <li>{@code readAndProcess}: reading {@code seeds.jsonl} from disk, then cleaning, dating,
 *       sentences, Nori and language detection: the whole of {@code sasil inspect} minus printing;
 *   <li>{@code process}: the same from documents already in memory;
 *   <li>{@code processWithoutNori}: the same with a morphology stage that does nothing;
 *   <li>{@code segmentOnly}: sentence segmentation of the raw texts alone.
 * </ul>
 *
 * <p>Heavy resources (Nori dictionaries, the language model) are loaded in {@link #setup()}, not
 * measured. Run from the repository root: {@code java -jar bench/target/benchmarks.jar
 * PipelineBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

  private ArticlePipeline pipeline;
  private ArticlePipeline pipelineWithoutNori;
  private KoreanSentenceSegmenter segmenter;
  private List<RawDocument> docs;

  @Setup
  public void setup() {
    docs = SeedArticles.load();
    pipeline = ArticlePipeline.standard();
    MorphAnalyzer none = (text, offset) -> List.of();
    pipelineWithoutNori = new ArticlePipeline(
        BoilerplateCleaner.standard(), PublicationDateFinder.standard(), new KoreanSentenceSegmenter(),
        none, LanguageDetector.standard());
    segmenter = new KoreanSentenceSegmenter();
    // load every lazily loaded resource before measuring
    for (RawDocument d : docs) {
      pipeline.process(d);
      pipelineWithoutNori.process(d);
    }
    NoriAnalyzer.withBundledDictionary().analyze("메타가 라마2를 공개했다.", 0);
    LanguageDetector.standard().detect("This is an English sentence for loading the model.");
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void readAndProcess(Blackhole bh) {
    for (RawDocument d : SeedArticles.load()) {
      bh.consume(pipeline.process(d));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void process(Blackhole bh) {
    for (RawDocument d : docs) {
      Article a = pipeline.process(d);
      bh.consume(a);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void processWithoutNori(Blackhole bh) {
    for (RawDocument d : docs) {
      bh.consume(pipelineWithoutNori.process(d));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SeedArticles.COUNT)
  public void segmentOnly(Blackhole bh) {
    for (RawDocument d : docs) {
      List<Sentence> sentences = segmenter.segment(d.content());
      bh.consume(sentences);
    }
  }
}
