package dev.sasil;

// README:begin
import dev.sasil.Sasil;
import dev.sasil.CrossCheck;
import dev.sasil.core.Article;
import dev.sasil.core.read.ArticleSource;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.report.ReportFormat;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Summarizes and cross-checks the articles named on the command line, then prints a Markdown report. */
public final class ReadmeExample {

  public static void main(String[] args) throws Exception {
    Sasil sasil = Sasil.standard(); // loads the dictionary and models once; thread-safe, share it

    List<Article> articles = new ArrayList<>();
    for (String file : args) { // .txt or .html files, any charset Korean news uses
      articles.add(sasil.read(Path.of(file), ArticleSource.DEFAULT));
    }
    // a text of your own, with the publication date that "지난해" is read against
    articles.add(sasil.read("메모에 따르면 오픈AI는 지난해 12월 새 모델을 공개했다.",
        ArticleSource.DEFAULT.withId("memo").withPublished(LocalDate.of(2024, 3, 1))));

    for (Article a : articles) {
      Summary summary = sasil.summarize(a, SummaryOptions.ofSentences(2));
      System.out.println(a.id() + ": " + summary.sentences().get(0).text());
    }

    CrossCheck check = sasil.compare(articles);
    for (Finding f : check.findings(Verdict.CONTRADICTION)) {
      System.out.println("contradiction: " + f.subject() + " " + f.attribute());
    }

    sasil.report(articles, ReportFormat.MD, System.out); // or HTML, JSON, CLAIMREVIEW
  }
}
// README:end
