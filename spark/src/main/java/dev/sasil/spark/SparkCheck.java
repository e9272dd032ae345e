package dev.sasil.spark;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.LearntNames;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.PendingDerivation;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.source.Stories;
import dev.sasil.factcheck.source.StoryDates;
import dev.sasil.factcheck.source.StoryTerms;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.report.json.ContractJson;
import dev.sasil.summarizer.SummaryOptions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

/**
 * The cross-check of {@code sasil compare} on Spark, step by step as {@link CrossChecker#check}
 * runs it in one process, so that both give the same findings:
 *
 * <ol>
 *   <li>per partition, each article read, cleaned and summarized, and the names it teaches, its
 *       fingerprint for copies and its nouns for stories taken ({@link ClaimExtractor#names},
 *       {@link SourceGroups.Fingerprint}, {@link StoryTerms});
 *   <li>on the driver, the names merged in input order, the copies found (exactly as the CLI
 *       does, or with MinHash LSH for large corpora: {@link NearCopies}) and the stories ({@link
 *       Stories}); all broadcast;
 *   <li>per partition again, the claims and figures of each article extracted with those names;
 *   <li>pending derivations and their base claims shuffled by {@link CrossChecker#baseKey} and
 *       derived per group;
 *   <li>every claim shuffled by {@link CrossChecker#partitionKey} and checked per group ({@link
 *       CrossChecker#checkPartition}), in input order within the group;
 *   <li>on the driver, the keyed findings merged ({@link CrossChecker#merge}) and the figures'
 *       corroborations added ({@link CrossChecker#corroborate}).
 * </ol>
 *
 * <p>The last step sees every finding and figure at once, as the CLI does: it is the part that
 * does not spread over the cluster yet, and bounds the corpus by the driver's memory (about 5 KB
 * per article). Articles are read twice (steps 1 and 3) rather than kept: a read article with its
 * morphemes is far larger than its text.
 */
public final class SparkCheck {

  /**
   * How the job runs.
   *
   * @param partitions the partitions of the shuffles (claims by key)
   * @param copies how copies of one text are found
   * @param contractMaxArticles the most articles for which the contract's JSON is made
   */
  public record Options(int partitions, CopyFinding copies, int contractMaxArticles) implements Serializable {

    public Options {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
      }
      Objects.requireNonNull(copies, "copies");
    }

    /** Two partitions per core of a local run, the exact copy rule, the contract's JSON up to 10,000 articles. */
    public static Options local(int cores) {
      return new Options(2 * cores, CopyFinding.EXACT, 10_000);
    }
  }

  /** How copies of one text (wire copy reprinted) are found. */
  public enum CopyFinding {
    /** {@link SourceGroups#findAmong} on the driver over every fingerprint: what the CLI does. */
    EXACT,
    /** MinHash LSH over word shingles for candidates, each confirmed by the CLI's rule ({@link NearCopies}). */
    LSH
  }

  /**
   * What the job found.
   *
   * @param summaries one row per article ({@link Rows#SUMMARIES})
   * @param claims one row per claim ({@link Rows#CLAIMS})
   * @param findings the findings in the cross-check's order
   * @param sources the copies found
   * @param articles the number of articles read
   * @param contractJson {@code sasil compare --format json} of the input, or null past {@link Options#contractMaxArticles}
   * @param problems the lines and sentences that could not be read, one line each, sorted
   * @param seconds how long each step took, in order: reading and summarizing (with the names and
   *     fingerprints), finding copies, extracting and checking by key, collecting the figures, the
   *     merge and corroboration on the driver
   */
  public record Result(JavaRDD<Row> summaries, JavaRDD<Row> claims, List<Finding> findings, SourceGroups sources,
      long articles, String contractJson, List<String> problems, double[] seconds) {}

  /** What the first pass keeps of an article. */
  private record Facts(long order, String id, String header, Row summary, LinkedHashMap<String, Entity> names,
      SourceGroups.Fingerprint fingerprint, StoryTerms terms) implements Serializable {}

  /** An article's place and what was extracted from it. */
  private record Extracted(long order, List<ExtractedClaim> claims, List<PendingDerivation> pending,
      List<FigureMention> figures) implements Serializable {}

  /**
   * A value with its place in the order {@link CrossChecker} sees it in: claims by article and
   * position, then derived claims by their pending derivation's article and position.
   */
  private record Ordered<T>(int phase, long article, int index, T value) implements Serializable {

    static final Comparator<Ordered<?>> ORDER = Comparator.comparingInt((Ordered<?> o) -> o.phase)
        .thenComparingLong(o -> o.article).thenComparingInt(o -> o.index);
  }

  private SparkCheck() {}

  /** Seconds between laps. */
  private static final class Stopwatch {
    private final List<Double> laps = new ArrayList<>();
    private long last = System.nanoTime();

    void lap() {
      long now = System.nanoTime();
      laps.add((now - last) / 1e9);
      last = now;
    }

    double[] laps() {
      return laps.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  /** Runs the cross-check of the lines of a corpus. */
  public static Result run(JavaSparkContext sc, JavaRDD<InputLine> lines, Options options) {
    CollectionAccumulator<String> problems = sc.sc().collectionAccumulator("sasil problems");
    JavaRDD<Facts> facts = lines.mapPartitions(it -> firstPass(it, problems)).persist(StorageLevel.MEMORY_AND_DISK());
    Stopwatch watch = new Stopwatch();
    long articles = facts.count();
    watch.lap();

    // what the driver needs of each article, in one collect: the names it teaches, and, when
    // the copies are found here or the contract's JSON is made, its fingerprint and header
    boolean exact = options.copies() == CopyFinding.EXACT;
    boolean contract = articles <= options.contractMaxArticles();
    // every article's nouns, for the stories: a few hundred hashes an article
    List<Facts> small = new ArrayList<>(facts
        .map(f -> new Facts(f.order(), f.id(), contract ? f.header() : null, null, f.names(),
            exact ? f.fingerprint() : null, f.terms()))
        .collect());
    small.sort(Comparator.comparingLong(Facts::order));
    Map<String, Entity> names = new HashMap<>();
    small.forEach(f -> f.names().forEach(names::putIfAbsent));
    Broadcast<HashMap<String, Entity>> learnt = sc.broadcast(new HashMap<>(names));

    SourceGroups sources = (exact ? SourceGroups.findAmong(small.stream().map(Facts::fingerprint).toList())
        : NearCopies.find(facts.mapToPair(f -> new Tuple2<>(f.order(), f.fingerprint())), options.partitions()))
        .withStories(Stories.findAmong(small.stream().map(Facts::terms).toList()));
    watch.lap();
    Broadcast<SourceGroups> copies = sc.broadcast(sources);
    // the day each undated article of a dated story is read against: a few entries, broadcast
    Broadcast<StoryDates> days = sc.broadcast(StoryDates.ofTerms(small.stream().map(Facts::terms).toList(), sources.stories()));

    JavaRDD<Extracted> extracted = lines.mapPartitions(it -> secondPass(it, learnt.value(), days.value(), problems))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Ordered<ExtractedClaim>> claims = extracted.flatMap(e -> {
      List<Ordered<ExtractedClaim>> out = new ArrayList<>(e.claims().size());
      for (int i = 0; i < e.claims().size(); i++) {
        out.add(new Ordered<>(0, e.order(), i, e.claims().get(i)));
      }
      return out.iterator();
    });
    JavaRDD<Ordered<ExtractedClaim>> derived = derive(extracted, claims, copies, options.partitions());

    List<CrossChecker.KeyedFinding> keyed = claims.union(derived)
        .mapToPair(c -> new Tuple2<>(CrossChecker.partitionKey(c.value().claim()), c))
        .groupByKey(options.partitions())
        .flatMap(g -> {
          List<Ordered<ExtractedClaim>> group = new ArrayList<>();
          g._2().forEach(group::add);
          group.sort(Ordered.ORDER);
          return Stages.get().checker.checkPartition(group.stream().map(Ordered::value).toList(), copies.value())
              .iterator();
        })
        .collect();
    watch.lap();
    List<Tuple2<Long, List<FigureMention>>> figuresByArticle = new ArrayList<>(extracted
        .filter(e -> !e.figures().isEmpty()).map(e -> new Tuple2<>(e.order(), e.figures())).collect());
    figuresByArticle.sort(Comparator.comparingLong(Tuple2::_1));
    List<FigureMention> figures = figuresByArticle.stream().flatMap(t -> t._2().stream()).toList();
    watch.lap();
    CrossChecker checker = Stages.get().checker;
    List<Finding> findings = checker.corroborate(CrossChecker.merge(keyed), figures, sources);

    String json = contract ? ContractFile.json(small.stream().map(Facts::header).toList(), sources, findings) : null;
    watch.lap();
    JavaRDD<Row> claimRows = extracted.flatMap(e -> e.claims().stream().map(Rows::claim).iterator());
    return new Result(facts.map(Facts::summary), claimRows, findings, sources, articles, json,
        List.copyOf(new java.util.TreeSet<>(problems.value())), watch.laps());
  }

  /** Pending derivations and the claims they may count from, shuffled by their base's key and derived per group. */
  private static JavaRDD<Ordered<ExtractedClaim>> derive(JavaRDD<Extracted> extracted,
      JavaRDD<Ordered<ExtractedClaim>> claims, Broadcast<SourceGroups> sources, int partitions) {
    JavaPairRDD<String, Ordered<PendingDerivation>> pending = extracted.flatMapToPair(e -> {
      List<Tuple2<String, Ordered<PendingDerivation>>> out = new ArrayList<>();
      for (int i = 0; i < e.pending().size(); i++) {
        PendingDerivation p = e.pending().get(i);
        out.add(new Tuple2<>(CrossChecker.baseKey(p), new Ordered<>(1, e.order(), i, p)));
      }
      return out.iterator();
    });
    // only a dated claim can be a base
    JavaPairRDD<String, Ordered<ExtractedClaim>> bases = claims
        .filter(c -> c.value().claim().value() instanceof TimeValue)
        .mapToPair(c -> new Tuple2<>(CrossChecker.baseKey(c.value().claim()), c));
    return pending.cogroup(bases, partitions).flatMap(g -> {
      List<Ordered<PendingDerivation>> ps = new ArrayList<>();
      g._2()._1().forEach(ps::add);
      if (ps.isEmpty()) {
        return java.util.Collections.emptyIterator();
      }
      List<Ordered<ExtractedClaim>> bs = new ArrayList<>();
      g._2()._2().forEach(bs::add);
      ps.sort(Ordered.ORDER);
      bs.sort(Ordered.ORDER);
      List<ExtractedClaim> baseClaims = bs.stream().map(Ordered::value).toList();
      List<Ordered<ExtractedClaim>> out = new ArrayList<>();
      for (Ordered<PendingDerivation> p : ps) {
        for (ExtractedClaim d : Stages.get().checker.derive(List.of(p.value()), baseClaims, sources.value())) {
          out.add(new Ordered<>(1, p.article(), p.index(), d));
        }
      }
      return out.iterator();
    });
  }

  private static Iterator<Facts> firstPass(Iterator<InputLine> lines, CollectionAccumulator<String> problems) {
    Stages stages = Stages.get();
    List<Facts> out = new ArrayList<>();
    ContractJson json = new ContractJson();
    while (lines.hasNext()) {
      for (ReadArticles.Ordered o : ReadArticles.read(lines.next(), stages, problems::add)) {
        Article a = o.article();
        ClaimExtractor.Names n = stages.extractor.names(a);
        n.problems().forEach(p -> problems.add(p.describe()));
        out.add(new Facts(o.order(), a.id(), json.write(json.article(a)),
            Rows.summary(a, stages.sasil.summarize(a, SummaryOptions.DEFAULT)), new LinkedHashMap<>(n.names()),
            SourceGroups.Fingerprint.of(a.id(), a.text()), StoryTerms.of(a)));
      }
    }
    return out.iterator();
  }

  private static Iterator<Extracted> secondPass(Iterator<InputLine> lines, Map<String, Entity> names, StoryDates days,
      CollectionAccumulator<String> problems) {
    Stages stages = Stages.get();
    LearntNames learnt = LearntNames.of(names);
    List<Extracted> out = new ArrayList<>();
    while (lines.hasNext()) {
      for (ReadArticles.Ordered o : ReadArticles.read(lines.next(), stages, p -> {})) {
        Extraction e = stages.extractor.extract(days.toRead(o.article()), learnt);
        e.problems().forEach(p -> problems.add(p.describe()));
        out.add(new Extracted(o.order(), e.claims(), e.pending(), e.figures()));
      }
    }
    return out.iterator();
  }
}
