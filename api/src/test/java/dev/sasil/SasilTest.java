package dev.sasil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.core.read.ArticleSource;
import dev.sasil.core.read.InputException;
import dev.sasil.core.testing.TestData;
import dev.sasil.core.time.PartialDate;
import dev.sasil.report.ReportFormat;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SasilTest {

  private static final Sasil SASIL = Sasil.standard();
  private static final String TEXT = "오픈AI는 2015년 비영리 연구소로 설립됐다. 오픈AI는 지난해 매출 100억원을 올렸다고 "
      + "밝혔다. 회사는 내년에 새 모델을 내놓기로 했다.";

  @Test
  void standardIsOneSharedInstance() {
    assertThat(Sasil.standard()).isSameAs(SASIL);
  }

  @Test
  void aDateGivenByTheCallerOverridesTheInputsAndSaysWhereItCameFrom() {
    Article a = SASIL.read("2020.01.05\n" + TEXT, ArticleSource.DEFAULT.withId("t1").withPublished("2024-03"));
    assertThat(a.id()).isEqualTo("t1");
    assertThat(a.published().date()).isEqualTo(PartialDate.ofMonth(2024, 3));
    assertThat(a.published().source()).isEqualTo(DateSource.OPTION);
  }

  @Test
  void aTextWithoutAnIdIsCalledText() {
    assertThat(SASIL.read(TEXT, ArticleSource.DEFAULT).id()).isEqualTo("text");
  }

  @Test
  void htmlTextIsReducedToTheArticleWithItsMetadata() {
    String html = "<html><head><title>한빛전자 소식</title>"
        + "<meta property=\"article:published_time\" content=\"2024-05-02T09:00:00+09:00\"></head>"
        + "<body><article><p>" + TEXT + "</p></article></body></html>";
    Article a = SASIL.read(html, ArticleSource.DEFAULT);
    assertThat(a.text()).doesNotContain("<p>").contains("오픈AI는 2015년");
    assertThat(a.published().source()).isEqualTo(DateSource.HTML);
  }

  @Test
  void aFileIsReadAsOneArticleNamedByTheFile() throws InputException {
    Path file = TestData.examples().resolve("003_ea2763dd7b979d46.txt");
    Article a = SASIL.read(file, ArticleSource.DEFAULT.withPublished("2023-07"));
    assertThat(a.id()).isEqualTo("003_ea2763dd7b979d46.txt");
    assertThat(a.published().source()).isEqualTo(DateSource.OPTION);
  }

  @Test
  void aCorpusOrAMissingFileIsNoArticleAndSaysWhyInOneLine() {
    assertThatThrownBy(() -> SASIL.read(TestData.examples().resolve("seeds.jsonl"), ArticleSource.DEFAULT))
        .isInstanceOf(InputException.class).hasMessageContaining("holds 5 articles");
    assertThatThrownBy(() -> SASIL.read(Path.of("no/such/file.txt"), ArticleSource.DEFAULT))
        .isInstanceOf(InputException.class).hasMessage("no/such/file.txt: no such file or directory");
  }

  @Test
  void onlyWebPagesAreReadByUrl() {
    assertThatThrownBy(() -> SASIL.read(java.net.URI.create("file:///etc/hostname"), ArticleSource.DEFAULT))
        .isInstanceOf(InputException.class).hasMessage("file:///etc/hostname: not an http(s) URL");
    assertThatThrownBy(() -> SASIL.read(java.net.URI.create("http://127.0.0.1:1/a"), ArticleSource.DEFAULT))
        .isInstanceOf(InputException.class).hasMessage("http://127.0.0.1:1/a: cannot connect to 127.0.0.1:1");
  }

  @Test
  void theReaderReadsACorpusWithDatesGivenById() {
    var result = SASIL.reader()
        .withPublished(java.util.Map.of("001_adf6a44659eadc49.txt", PartialDate.ofMonth(2023, 8), "nope", PartialDate.ofYear(2020)))
        .read(List.of(TestData.examples().resolve("seeds.jsonl").toString()));
    assertThat(result.articles()).hasSize(5);
    assertThat(result.articles().get(1).published().source()).isEqualTo(DateSource.OPTION);
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString()).isEqualTo("--published nope: no article has this id"));
  }

  @Test
  void summariesFromManyThreadsAreThoseOfOne() throws Exception {
    Article a = SASIL.read(TestData.examples().resolve("004_f02ecc4ec15e8328.txt"), ArticleSource.DEFAULT);
    Summary one = SASIL.summarize(a, SummaryOptions.ofSentences(3));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Summary>> many = pool.invokeAll(java.util.Collections.nCopies(8,
          () -> SASIL.summarize(SASIL.read(TestData.examples().resolve("004_f02ecc4ec15e8328.txt"),
              ArticleSource.DEFAULT), SummaryOptions.ofSentences(3))));
      for (Future<Summary> f : many) {
        assertThat(f.get()).isEqualTo(one);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theReportIsWrittenInTheFormatAskedAndTheStreamStaysOpen() throws Exception {
    List<Article> articles = List.of(SASIL.read(TEXT, ArticleSource.DEFAULT.withId("t1")),
        SASIL.read(TEXT.replace("2015년", "2016년"), ArticleSource.DEFAULT.withId("t2")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var report = SASIL.report(articles, ReportFormat.JSON, out);
    out.write('x');
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").endsWith("x");
    assertThat(report.header().articles()).isEqualTo(2);
  }

  @Test
  void aReportSpeaksTheLanguageAsked() throws Exception {
    List<Article> articles = List.of(SASIL.read(TEXT, ArticleSource.DEFAULT.withId("t1")));
    ByteArrayOutputStream ko = new ByteArrayOutputStream();
    SASIL.report(articles, ReportFormat.MD, ko);
    ByteArrayOutputStream en = new ByteArrayOutputStream();
    SASIL.withLanguage(dev.sasil.report.ReportLanguage.EN).report(articles, ReportFormat.MD, en);
    assertThat(ko.toString(StandardCharsets.UTF_8)).startsWith("# 사실 보고서: 기사 1건");
    assertThat(en.toString(StandardCharsets.UTF_8)).startsWith("# Sasil report: summaries and cross-check of 1 article\n");
  }

  @Test
  void comparingFindsTheContradictionOfTwoTexts() {
    String other = "인공지능 업계의 경쟁이 뜨겁다. 오픈AI는 2016년 샘 올트먼 등이 세웠다. 업계는 신제품의 성능에 주목하고 있다.";
    List<Article> articles = List.of(SASIL.read(TEXT, ArticleSource.DEFAULT.withId("t1")),
        SASIL.read(other, ArticleSource.DEFAULT.withId("t2")));
    CrossCheck check = SASIL.compare(articles);
    assertThat(check.findings(dev.sasil.factcheck.Verdict.CONTRADICTION))
        .anySatisfy(f -> assertThat(f.attribute()).isEqualTo("founded"));
    assertThat(check.problems()).isEmpty();
  }
}
