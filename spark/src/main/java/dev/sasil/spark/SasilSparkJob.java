package dev.sasil.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.factcheck.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark job: reads a corpus (JSON Lines, or Parquet with columns {@code id}, {@code title},
 * {@code published}, {@code url}, {@code text} or {@code html}) at any path Spark reads, and
 * writes under {@code --output} the tables {@code summaries}, {@code claims} and {@code findings}
 * (Parquet or JSON Lines, schemas in {@link Rows}) and, for at most {@code --contract-max}
 * articles, {@code compare.json}: what {@code sasil compare --format json} prints for the same
 * input.
 *
 * <pre>
 * SasilSparkJob --input PATH --output DIR [--input-format jsonl|parquet] [--output-format parquet|jsonl]
 *               [--master URL] [--partitions N] [--copies exact|lsh] [--contract-max N]
 * </pre>
 *
 * Exit codes as the CLI's: 0 done, 1 some lines or sentences could not be read (the rest was
 * checked), 2 a usage error.
 */
public final class SasilSparkJob {

  /**
   * The job's settings, as given on the command line.
   *
   * @param input the corpus, any path Spark reads
   * @param inputFormat {@code jsonl} or {@code parquet}
   * @param output the folder of the tables and {@code compare.json}
   * @param outputFormat {@code parquet} or {@code jsonl}
   * @param master the Spark master, or null for the one {@code spark-submit} gives
   * @param options how the cross-check runs
   */
  public record Settings(String input, String inputFormat, String output, String outputFormat, String master,
      SparkCheck.Options options) {}

  private SasilSparkJob() {}

  public static void main(String[] args) {
    Settings s;
    try {
      s = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sasil-spark: " + e.getMessage());
      System.err.println("usage: SasilSparkJob --input PATH --output DIR [--input-format jsonl|parquet]"
          + " [--output-format parquet|jsonl] [--master URL] [--partitions N] [--copies exact|lsh] [--contract-max N]");
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("sasil");
    if (s.master() != null) {
      builder.master(s.master());
    }
    int code;
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      ShuffleMeter shuffled = new ShuffleMeter();
      spark.sparkContext().addSparkListener(shuffled);
      long start = System.nanoTime();
      SparkCheck.Result r = run(spark, s);
      double seconds = (System.nanoTime() - start) / 1e9;
      for (String p : r.problems()) {
        System.err.println("sasil-spark: " + p);
      }
      System.err.printf(Locale.ROOT,
          "sasil-spark: %d articles, %d claims, %d findings, %d copies; %.1f MB shuffled; %.1f s (%.1f articles/s); wrote %s%n",
          r.articles(), r.claims().count(), r.findings().size(),
          r.sources().groups().stream().mapToInt(g -> g.copies().size()).sum(), shuffled.bytes() / 1e6, seconds,
          r.articles() / seconds, s.output());
      double[] t = r.seconds();
      System.err.printf(Locale.ROOT, "sasil-spark: steps (s): read and summarize %.1f, copies %.1f, extract and check"
          + " by key %.1f, figures %.1f, merge and corroborate on the driver %.1f%n", t[0], t[1], t[2], t[3], t[4]);
      code = r.problems().stream().anyMatch(p -> !p.startsWith("warning: ")) ? 1 : 0;
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      System.err.println("sasil-spark: " + e.getClass().getSimpleName() + ": " + m.lines().findFirst().orElse(""));
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job and writes its outputs. */
  public static SparkCheck.Result run(SparkSession spark, Settings s) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // the tables' shuffles (copies by MinHash) as wide as the claims'
    spark.conf().set("spark.sql.shuffle.partitions", s.options().partitions());
    SparkCheck.Result r = SparkCheck.run(sc, lines(spark, s.input(), s.inputFormat()), s.options());
    write(spark.createDataFrame(r.summaries(), Rows.SUMMARIES), s, "summaries");
    write(spark.createDataFrame(r.claims(), Rows.CLAIMS), s, "claims");
    List<Row> findings = new ArrayList<>();
    int i = 0;
    for (Finding f : r.findings()) {
      findings.add(Rows.finding(i++, f));
    }
    write(spark.createDataFrame(findings, Rows.FINDINGS), s, "findings");
    if (r.contractJson() != null) {
      writeText(spark, s.output() + "/compare.json", r.contractJson());
    }
    return r;
  }

  /** The lines of the input: JSON Lines as they are, Parquet rows written as JSON objects. */
  public static JavaRDD<InputLine> lines(SparkSession spark, String input, String format) {
    String name = new Path(input).getName();
    if (format.equals("parquet")) {
      Dataset<Row> table = spark.read().parquet(input);
      StructType schema = table.schema();
      return table.toJavaRDD().zipWithIndex().map(t -> {
        ObjectMapper json = new ObjectMapper();
        ObjectNode n = json.createObjectNode();
        for (String field : List.of("id", "title", "published", "url", "text", "html")) {
          if (schema.getFieldIndex(field).isDefined() && !t._1().isNullAt(schema.fieldIndex(field))) {
            n.put(field, t._1().get(schema.fieldIndex(field)).toString());
          }
        }
        String where = name + ":" + (t._2() + 1);
        return new InputLine(t._2(), json.writeValueAsString(n), where, where);
      });
    }
    return spark.read().textFile(input).toJavaRDD().zipWithIndex().map(t -> {
      String where = name + ":" + (t._2() + 1);
      return new InputLine(t._2(), t._1(), where, where);
    });
  }

  private static void write(Dataset<Row> table, Settings s, String name) {
    var writer = table.write().mode(SaveMode.Overwrite);
    if (s.outputFormat().equals("jsonl")) {
      writer.json(s.output() + "/" + name);
    } else {
      writer.parquet(s.output() + "/" + name);
    }
  }

  private static void writeText(SparkSession spark, String path, String text) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + path, e);
    }
  }

  /** The settings of the command line; an {@link IllegalArgumentException} saying what is wrong. */
  public static Settings parse(String[] args) {
    String input = null;
    String output = null;
    String inputFormat = null;
    String outputFormat = "parquet";
    String master = null;
    int partitions = 8;
    SparkCheck.CopyFinding copies = SparkCheck.CopyFinding.EXACT;
    int contractMax = 10_000;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--input" -> input = v;
        case "--output" -> output = v;
        case "--input-format" -> inputFormat = oneOf(a, v, "jsonl", "parquet");
        case "--output-format" -> outputFormat = oneOf(a, v, "parquet", "jsonl");
        case "--master" -> master = v;
        case "--partitions" -> partitions = positive(a, v);
        case "--copies" -> copies = SparkCheck.CopyFinding.valueOf(oneOf(a, v, "exact", "lsh").toUpperCase(Locale.ROOT));
        case "--contract-max" -> contractMax = positive(a, v);
        default -> throw new IllegalArgumentException("unknown option: " + a);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    if (inputFormat == null) {
      inputFormat = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "jsonl";
    }
    return new Settings(input, inputFormat, output, outputFormat, master,
        new SparkCheck.Options(partitions, copies, contractMax));
  }

  private static String oneOf(String option, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ": '" + value + "'");
    }
    return value;
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new IllegalArgumentException(option + " must be a positive number: '" + value + "'");
  }
}
