package dev.sasil.spark;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.summarizer.Keyword;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummarySentence;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables the job writes, their schemas and rows: the field names and meanings are those of
 * the CLI's JSON ({@code sasil summarize} and {@code sasil compare --format json}). Stateless.
 */
public final class Rows {

  private Rows() {}

  /** One summary sentence: its 0-based index in the cleaned article, its text and score. */
  public static final StructType SUMMARY_SENTENCE = struct(
      field("index", DataTypes.IntegerType), field("text", DataTypes.StringType), field("score", DataTypes.DoubleType));

  public static final StructType KEYWORD = struct(field("text", DataTypes.StringType), field("score", DataTypes.DoubleType));

  /** {@code summaries}: one row per article read, in no particular order. */
  public static final StructType SUMMARIES = struct(
      field("id", DataTypes.StringType),
      field("title", DataTypes.StringType),
      field("url", DataTypes.StringType),
      field("published", DataTypes.StringType),
      field("publishedFrom", DataTypes.StringType),
      field("language", DataTypes.StringType),
      field("sentences", DataTypes.IntegerType),
      field("summary", DataTypes.createArrayType(SUMMARY_SENTENCE, false)),
      field("keywords", DataTypes.createArrayType(KEYWORD, false)));

  /** A claim as a finding cites it (the CLI's JSON claim, without its type details). */
  public static final StructType CLAIM = struct(
      field("article", DataTypes.StringType),
      field("sentenceIndex", DataTypes.IntegerType),
      field("sentence", DataTypes.StringType),
      field("text", DataTypes.StringType),
      field("start", DataTypes.IntegerType),
      field("end", DataTypes.IntegerType),
      field("subject", DataTypes.StringType),
      field("attribute", DataTypes.StringType),
      field("value", DataTypes.StringType),
      field("type", DataTypes.StringType),
      field("qualifiers", DataTypes.createArrayType(DataTypes.StringType, false)),
      field("derivation", DataTypes.StringType));

  /** {@code claims}: every claim extracted, one row each, with whether it was read firmly. */
  public static final StructType CLAIMS = CLAIM.add(field("firm", DataTypes.BooleanType));

  /** {@code findings}: in the cross-check's order (contradictions first), with their claims. */
  public static final StructType FINDINGS = struct(
      field("position", DataTypes.IntegerType),
      field("subject", DataTypes.StringType),
      field("attribute", DataTypes.StringType),
      field("verdict", DataTypes.StringType),
      field("qualifiers", DataTypes.createArrayType(DataTypes.StringType, false)),
      field("explanation", DataTypes.StringType),
      field("claims", DataTypes.createArrayType(CLAIM, false)));

  static Row summary(Article a, Summary s) {
    List<Row> sentences = new ArrayList<>();
    for (SummarySentence x : s.sentences()) {
      sentences.add(RowFactory.create(x.index(), x.text(), x.score()));
    }
    List<Row> keywords = new ArrayList<>();
    for (Keyword k : s.keywords()) {
      keywords.add(RowFactory.create(k.text(), k.score()));
    }
    boolean known = a.published().isKnown();
    return RowFactory.create(a.id(), a.title(), a.url(), known ? a.published().date().toString() : null,
        known ? a.published().source().jsonName() : null, a.language(), a.sentences().size(),
        seq(sentences), seq(keywords));
  }

  static Row claim(ExtractedClaim c) {
    Object[] base = fields(c.claim());
    Object[] all = java.util.Arrays.copyOf(base, base.length + 1);
    all[base.length] = c.firm();
    return RowFactory.create(all);
  }

  static Row finding(int position, Finding f) {
    List<Row> claims = new ArrayList<>();
    f.claims().forEach(c -> claims.add(RowFactory.create(fields(c))));
    return RowFactory.create(position, f.subject(), f.attribute(), f.verdict().jsonName(), seq(f.qualifiers()),
        f.explanation(), seq(claims));
  }

  private static Object[] fields(Claim c) {
    String type = c.value() instanceof TimeValue ? "time" : c.value() instanceof Quantity ? "quantity" : null;
    return new Object[] {c.evidence().articleId(), c.evidence().sentenceIndex(), c.evidence().sentence(),
        c.evidence().text(), c.evidence().start(), c.evidence().end(), c.subject(), c.attribute(),
        c.value().normalized(), type, seq(c.qualifiers()), c.isDerived() ? c.derivation() : null};
  }

  /** What a row holds for an array column: a Scala sequence. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
