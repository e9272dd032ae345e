package dev.sasil.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sasil.report.Fixtures;
import dev.sasil.report.Report;
import dev.sasil.report.ReportBuilder;
import dev.sasil.report.SeedReports;
import dev.sasil.report.Hostile;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA)) {
      assertThat(in).as("schema resource %s", ReportJson.SCHEMA).isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static Set<ValidationMessage> validate(Report r) throws Exception {
    return schema.validate(MAPPER.readTree(new ReportJson().write(r)));
  }

  @Test
  void seedsReportIsValidAgainstTheSchema() throws Exception {
    assertThat(validate(SeedReports.report(SeedReports.articles()))).isEmpty();
  }

  @Test
  void fixtureHostileAndEmptyReportsAreValid() throws Exception {
    assertThat(validate(Fixtures.small())).isEmpty();
    assertThat(validate(Hostile.report())).isEmpty();
    assertThat(validate(new ReportBuilder("sasil test").build(List.of(), List.of(), List.of()))).isEmpty();
  }

  @Test
  void clockTimesDurationsAndNamesAreValidClaimValues() throws Exception {
    var a = Fixtures.article("a.txt", "", null, "2031-05-02",
        "행사는 2일 오후 3시 20분 시작됐다.", "개막 15분 만에 표가 매진됐다.", "사회는 김하윤 아나운서가 맡았다.");
    var b = Fixtures.article("b.txt", "", null, "2031-05-02", "사회는 김하연 아나운서가 맡았다.");
    var day = dev.sasil.factcheck.time.TimeValue.ofDay(2031, 5, 2);
    var minutes = new dev.sasil.factcheck.quantity.Quantity(java.math.BigDecimal.valueOf(15),
        dev.sasil.factcheck.quantity.QuantityUnit.DURATION, dev.sasil.factcheck.quantity.Bound.EXACT, null);
    var person = dev.sasil.factcheck.entity.Spelling.Kind.PERSON;
    Report r = new ReportBuilder("sasil test").build(List.of(a, b), List.of(), List.of(
        Fixtures.finding(dev.sasil.factcheck.Verdict.CONTRADICTION, "김하윤 vs 김하연",
            Fixtures.claim(a, 2, "김하윤", "아나운서", "name.person", new dev.sasil.factcheck.entity.Spelling(person, "김하윤")),
            Fixtures.claim(b, 0, "김하연", "아나운서", "name.person", new dev.sasil.factcheck.entity.Spelling(person, "김하연"))),
        Fixtures.finding(dev.sasil.factcheck.Verdict.SINGLE_SOURCE, "one article",
            Fixtures.claim(a, 0, "2일 오후 3시 20분", "행사", "시작", new dev.sasil.factcheck.time.ClockTime(day, 15, 20, false))),
        Fixtures.finding(dev.sasil.factcheck.Verdict.SINGLE_SOURCE, "one article",
            Fixtures.claim(a, 1, "15분 만에", "표", "매진", minutes))));
    assertThat(validate(r)).isEmpty();
    JsonNode name = MAPPER.readTree(new ReportJson().write(r)).get("findings").get(0).get("claims").get(0);
    assertThat(name.get("type").asText()).isEqualTo("name");
    assertThat(name.get("value").asText()).isEqualTo("김하윤");
  }

  @Test
  void recordsAndTheTimesTheyCountFromAreValidClaimValues() throws Exception {
    var a = Fixtures.article("a.txt", "", null, "2031-05-02",
        "가람전자는 사상 최대 매출을 올렸다.", "물가는 1998년 이후 가장 많이 올랐다.");
    var since = new dev.sasil.factcheck.time.Since(dev.sasil.factcheck.time.TimeValue.ofYear(1998), false);
    Report r = new ReportBuilder("sasil test").build(List.of(a), List.of(), List.of(
        Fixtures.finding(dev.sasil.factcheck.Verdict.SINGLE_SOURCE, "one article",
            Fixtures.claim(a, 0, "사상 최대", "가람전자", "record",
                new dev.sasil.factcheck.quantity.Superlative("최대", "사상 최대"))),
        Fixtures.finding(dev.sasil.factcheck.Verdict.SINGLE_SOURCE, "one article",
            Fixtures.claim(a, 1, "1998년", "물가", "record.since", since))));
    assertThat(validate(r)).isEmpty();
    JsonNode findings = MAPPER.readTree(new ReportJson().write(r)).get("findings");
    assertThat(findings).extracting(f -> f.get("claims").get(0).get("type").asText()).containsExactlyInAnyOrder("record", "since");
  }

  @Test
  void schemaRejectsAReportWithoutHeaderOrWithABadVerdict() throws Exception {
    JsonNode ok = MAPPER.readTree(new ReportJson().write(Fixtures.small()));
    JsonNode noHeader = ok.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) noHeader).remove("report");
    assertThat(schema.validate(noHeader)).isNotEmpty();
    JsonNode badVerdict = ok.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) badVerdict.get("findings").get(0)).put("verdict", "maybe");
    assertThat(schema.validate(badVerdict)).isNotEmpty();
  }

  @Test
  void copiesAreListedByTheirSourceAndValid() throws Exception {
    Report r = Fixtures.copies();
    assertThat(validate(r)).isEmpty();
    JsonNode root = MAPPER.readTree(new ReportJson().write(r));
    assertThat(root.fieldNames()).toIterable().containsExactly("report", "articles", "sources", "findings");
    assertThat(root.get("sources")).hasSize(1);
    assertThat(root.get("sources").get(0).get("source").asText()).isEqualTo("a1.txt");
    assertThat(root.get("sources").get(0).get("copies")).extracting(JsonNode::asText).containsExactly(Fixtures.COPY_ID);
  }

  @Test
  void schemaRejectsASourceWithoutCopies() throws Exception {
    JsonNode bad = MAPPER.readTree(new ReportJson().write(Fixtures.copies()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("sources").get(0)).putArray("copies");
    assertThat(schema.validate(bad)).isNotEmpty();
  }

  @Test
  void isTheUnionOfSummarizeAndCompareWithAHeader() throws Exception {
    JsonNode root = MAPPER.readTree(new ReportJson().write(Fixtures.small()));
    assertThat(root.fieldNames()).toIterable().containsExactly("report", "articles", "findings");
    JsonNode a = root.get("articles").get(0);
    assertThat(a.get("id").asText()).isEqualTo("a.txt");
    assertThat(a.get("published").asText()).isEqualTo("2023-12-06");
    assertThat(a.get("publishedFrom").asText()).isEqualTo("metadata");
    assertThat(a.get("summary").get(0).get("index").asInt()).isZero();
    assertThat(root.get("findings").get(0).get("verdict").asText()).isEqualTo("contradiction");
    assertThat(root.get("findings").get(0).get("claims").get(0).get("text").asText()).isEqualTo("2016년");
    JsonNode h = root.get("report");
    assertThat(h.get("generator").asText()).isEqualTo("sasil test");
    assertThat(h.get("published").get("unknown").asInt()).isEqualTo(1);
    assertThat(h.get("findings").get("single-source").asInt()).isEqualTo(2);
  }
}
