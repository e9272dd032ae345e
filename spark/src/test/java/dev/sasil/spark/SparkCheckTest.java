package dev.sasil.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.CrossCheck;
import dev.sasil.Sasil;
import dev.sasil.bench.SyntheticCorpus;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.testing.TestData;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.report.json.ContractJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} gives what {@code sasil compare --format json} gives for the same
 * corpus, byte for byte: the bundled seeds, the development corpora beside the checkout (when
 * present) and a generated corpus with reprints.
 */
class SparkCheckTest {

  private static SparkSession spark;
  private static JavaSparkContext sc;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("sasil-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What {@code sasil compare --format json} prints: the CLI's reader, {@link Sasil#compare} and the contract's JSON. */
  private static String cli(Path corpus) {
    ArticleReader.Result read = Sasil.standard().reader().read(List.of(corpus.toString()));
    CrossCheck c = Sasil.standard().compare(read.articles());
    ContractJson json = new ContractJson();
    return json.write(json.compare(read.articles(), c.sources(), c.findings()));
  }

  private static SparkCheck.Result job(Path corpus, String format, SparkCheck.CopyFinding copies) {
    return SparkCheck.run(sc, SasilSparkJob.lines(spark, corpus.toString(), format),
        new SparkCheck.Options(4, copies, 10_000));
  }

  private static String job(Path corpus) {
    return job(corpus, "jsonl", SparkCheck.CopyFinding.EXACT).contractJson();
  }

  @Test
  void seedsGiveTheFindingsOfTheCli() {
    Path seeds = TestData.examples().resolve("seeds.jsonl");
    assertThat(job(seeds)).isEqualTo(cli(seeds));
  }

  @Test
  void developmentCorporaGiveTheFindingsOfTheCli() throws IOException {
    Path dir = TestData.root().resolve("../realnews-texts").normalize();
    TestData.assume(Files.isDirectory(dir), dir + " is absent: skipping the development corpora");
    List<Path> corpora;
    try (Stream<Path> files = Files.list(dir)) {
      corpora = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assertThat(corpora).isNotEmpty();
    for (Path corpus : corpora) {
      assertThat(job(corpus)).as(corpus.getFileName().toString()).isEqualTo(cli(corpus));
    }
  }

  @Test
  void anUndatedReportIsReadAgainstItsStorysDayAsTheCliReadsIt() throws IOException {
    Path corpus = tmp.resolve("undated.jsonl");
    Files.write(corpus, List.of(
        "{\"id\":\"a\",\"published\":\"2031-03-25\",\"text\":\"가람시 벚꽃 축제가 24일 개막했다. 축제 첫날 12만명이 다녀갔다.\"}",
        "{\"id\":\"b\",\"text\":\"가람시 벚꽃 축제가 24일 개막했다. 축제 첫날에만 12만명이 몰렸다.\"}"),
        StandardCharsets.UTF_8);
    String cli = cli(corpus);
    assertThat(cli).as("the undated report's day has its story's month").doesNotContain("XXXX-XX-24");
    assertThat(job(corpus)).isEqualTo(cli);
  }

  @Test
  void generatedCorpusWithReprintsGivesTheFindingsOfTheCli() throws IOException {
    Path corpus = generated();
    String cli = cli(corpus);
    assertThat(cli).contains("\"copies\"");
    assertThat(job(corpus)).isEqualTo(cli);
  }

  @Test
  void minHashFindsTheCopiesTheRuleFinds() throws IOException {
    List<dev.sasil.core.Article> articles = Sasil.standard().reader().read(List.of(generated().toString())).articles();
    List<scala.Tuple2<Long, SourceGroups.Fingerprint>> prints = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      prints.add(new scala.Tuple2<>((long) i, SourceGroups.Fingerprint.of(articles.get(i).id(), articles.get(i).text())));
    }
    SourceGroups rule = SourceGroups.find(articles);
    assertThat(rule.groups()).hasSize(4);
    assertThat(NearCopies.find(sc.parallelizePairs(prints, 3), 4).groups()).isEqualTo(rule.groups());
  }

  @Test
  void parquetInputGivesWhatJsonLinesGives() {
    Path seeds = TestData.examples().resolve("seeds.jsonl");
    Path parquet = tmp.resolve("seeds.parquet");
    spark.read().json(seeds.toString()).write().parquet(parquet.toString());
    // the rows come back in file order from one small file
    assertThat(job(parquet, "parquet", SparkCheck.CopyFinding.EXACT).contractJson()).isEqualTo(job(seeds));
  }

  @Test
  void writtenTablesReadBackWithTheirSchemas() {
    Path out = tmp.resolve("out");
    Path seeds = TestData.examples().resolve("seeds.jsonl");
    SparkCheck.Result r = SasilSparkJob.run(spark,
        SasilSparkJob.parse(new String[] {"--input", seeds.toString(), "--output", out.toString()}));
    Dataset<Row> summaries = spark.read().parquet(out.resolve("summaries").toString());
    Dataset<Row> claims = spark.read().parquet(out.resolve("claims").toString());
    Dataset<Row> findings = spark.read().parquet(out.resolve("findings").toString());
    assertThat(summaries.schema().fieldNames()).containsExactly(Rows.SUMMARIES.fieldNames());
    assertThat(claims.schema().fieldNames()).containsExactly(Rows.CLAIMS.fieldNames());
    assertThat(findings.schema().fieldNames()).containsExactly(Rows.FINDINGS.fieldNames());
    assertThat(summaries.count()).isEqualTo(5);
    assertThat(findings.count()).isEqualTo(r.findings().size());
    Row first = findings.orderBy("position").first();
    assertThat(first.<String>getAs("verdict")).isEqualTo(r.findings().get(0).verdict().jsonName());
    assertThat(Files.exists(out.resolve("compare.json"))).isTrue();
  }

  /** 60 generated articles and, after them, four reprints of earlier ones with a lead of their own. */
  private static Path generated() throws IOException {
    Path corpus = tmp.resolve("generated.jsonl");
    if (Files.exists(corpus)) {
      return corpus;
    }
    StringWriter w = new StringWriter();
    SyntheticCorpus.write(SyntheticCorpus.SEED, 60, w);
    List<String> lines = new ArrayList<>(w.toString().lines().toList());
    for (int i = 0; i < 4; i++) {
      String original = lines.get(7 + 13 * i);
      lines.add(original.replace("\"id\":\"synthetic-", "\"id\":\"reprint-")
          .replace("\"text\":\"", "\"text\":\"이 기사는 제휴 매체의 기사를 그대로 옮겨 실은 것이다. "));
    }
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    return corpus;
  }
}
