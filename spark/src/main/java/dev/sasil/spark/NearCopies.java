package dev.sasil.spark;

import dev.sasil.factcheck.source.SourceGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Copies of one text (wire copy reprinted by many outlets) in a corpus too large for one machine:
 * Spark ML's MinHash LSH over each article's word shingles ({@link SourceGroups.Fingerprint})
 * proposes pairs of similar articles, each pair is confirmed by the CLI's own rule ({@link
 * SourceGroups.Fingerprint#copies}: one text keeps {@value SourceGroups#MIN_CONTAINMENT_PERCENT}%
 * of the other's shingles), and texts equal word for word or sharing an id are grouped by a
 * shuffle, as {@link SourceGroups#findAmong} groups them; copies of copies are one source.
 *
 * <p>Known weakness: LSH proposes pairs by resemblance (Jaccard), the rule counts containment. A
 * short text wholly inside one more than {@value #MAX_LENGTH_RATIO} times longer resembles it too
 * little to be proposed, so such a copy is found by {@link SparkCheck.CopyFinding#EXACT} and missed
 * here; so, rarely (LSH is approximate), is a pair near the threshold.
 */
final class NearCopies {

  /** The features shingle hashes are folded into: collisions only add candidates, which the rule then checks. */
  private static final int FEATURES = 1 << 24;

  /** Hash tables of the LSH: more find more of the pairs near the threshold, at more cost. */
  private static final int TABLES = 8;

  /** How many times longer a text may be than a copy inside it for the pair to be proposed. */
  static final int MAX_LENGTH_RATIO = 3;

  /**
   * The largest Jaccard distance of a proposed pair: a copy inside a text {@value
   * #MAX_LENGTH_RATIO} times longer keeps 80% of its shingles, a resemblance of 0.8 / (3 + 0.2) = 0.25.
   */
  private static final double MAX_DISTANCE = 0.75;

  private NearCopies() {}

  /** The copies among the fingerprints, keyed by the articles' order. */
  static SourceGroups find(JavaPairRDD<Long, SourceGroups.Fingerprint> prints, int partitions) {
    JavaPairRDD<Long, Tuple2<Long, SourceGroups.Fingerprint>> ranked = prints.sortByKey()
        .zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), new Tuple2<>(t._1()._1(), t._1()._2())));
    List<String> ids = ranked.sortByKey().values().map(t -> t._2().id()).collect();
    JavaRDD<Tuple2<Long, SourceGroups.Fingerprint>> byPosition = ranked.map(t -> new Tuple2<>(t._1(), t._2()._2()));

    List<int[]> pairs = new ArrayList<>();
    // the same id, or the same words: grouped as the rule groups them
    pairs.addAll(sameKey(byPosition.mapToPair(t -> new Tuple2<>("id " + t._2().id(), t._1())), partitions));
    pairs.addAll(sameKey(byPosition.filter(t -> !t._2().digest().isEmpty())
        .mapToPair(t -> new Tuple2<>("words " + t._2().digest(), t._1())), partitions));

    StructType schema = new StructType()
        .add("position", DataTypes.LongType, false)
        .add("id", DataTypes.StringType, false)
        .add("shingles", DataTypes.createArrayType(DataTypes.LongType, false), false)
        .add("features", SQLDataTypes.VectorType(), false);
    JavaRDD<Row> rows = byPosition.filter(t -> t._2().shingles().length > 0).map(t -> {
      long[] shingles = t._2().shingles();
      int[] indices = Arrays.stream(shingles).mapToInt(h -> (int) Math.floorMod(h, (long) FEATURES)).sorted().distinct()
          .toArray();
      double[] ones = new double[indices.length];
      Arrays.fill(ones, 1.0);
      return RowFactory.create(t._1(), t._2().id(), shingles, Vectors.sparse(FEATURES, indices, ones));
    });
    SparkSession spark = SparkSession.builder().sparkContext(prints.context()).getOrCreate();
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(TABLES).setSeed(12L)
        .setInputCol("features").setOutputCol("hashes").fit(df);
    Dataset<Row> candidates = model.approxSimilarityJoin(df, df, MAX_DISTANCE, "distance")
        .filter("datasetA.position < datasetB.position")
        .select("datasetA.position", "datasetA.id", "datasetA.shingles",
            "datasetB.position", "datasetB.id", "datasetB.shingles");
    pairs.addAll(candidates.toJavaRDD().filter(r -> print(r, 1).copies(print(r, 4)))
        .map(r -> new int[] {(int) r.getLong(0), (int) r.getLong(3)}).collect());
    return SourceGroups.ofPairs(ids, pairs);
  }

  private static SourceGroups.Fingerprint print(Row r, int from) {
    List<Long> shingles = r.getList(from + 1);
    // words are compared by the shuffle above; here only the shingles
    return new SourceGroups.Fingerprint(r.getString(from), "", shingles.stream().mapToLong(Long::longValue).toArray());
  }

  /** Pairs of the first position of each key with every other position of it. */
  private static List<int[]> sameKey(JavaPairRDD<String, Long> keyed, int partitions) {
    return keyed.groupByKey(partitions).flatMap(g -> {
      List<Long> positions = new ArrayList<>();
      g._2().forEach(positions::add);
      positions.sort(null);
      List<int[]> out = new ArrayList<>();
      for (int i = 1; i < positions.size(); i++) {
        out.add(new int[] {positions.get(0).intValue(), positions.get(i).intValue()});
      }
      return out.iterator();
    }).collect();
  }
}
