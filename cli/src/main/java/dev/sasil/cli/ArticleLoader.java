package dev.sasil.cli;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.InputProblem;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.read.ReadResult;
import dev.sasil.core.time.PartialDate;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the inputs of a command into articles, printing one line per problem to stderr ({@code
 * sasil: INPUT: message}) and one per warning ({@code sasil: warning: INPUT: message}). The shared
 * pipeline is created once per process.
 */
final class ArticleLoader {

  /**
   * The articles read, the documents they were made from (same order, same length) and whether
   * some input failed.
   */
  record Loaded(List<Article> articles, List<RawDocument> documents, boolean someFailed, BatchCounts counts) {
    Loaded {
      articles = List.copyOf(articles);
      documents = List.copyOf(documents);
      if (articles.size() != documents.size()) {
        throw new IllegalArgumentException(articles.size() + " articles from " + documents.size() + " documents");
      }
    }

    int exitCode() {
      return someFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  private static final class Holder {
    static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
  }

  private ArticleLoader() {}

  static ArticlePipeline pipeline() {
    return Holder.PIPELINE;
  }

  /** Loads the inputs of {@code options}, honouring its {@code --published} and {@code --max-size}. */
  static Loaded load(InputOptions options, PrintWriter err) {
    return load(options, err, (done, total) -> {});
  }

  /** Told after each document is processed: {@code done} of {@code total}. */
  @FunctionalInterface
  interface Progress {
    void advance(int done, int total);
  }

  /** Loads the inputs of {@code options}, telling {@code progress} after each document. */
  static Loaded load(InputOptions options, PrintWriter err, Progress progress) {
    return load(options, err, progress, false);
  }

  /**
   * Loads the inputs of {@code options}, telling {@code progress} after each document, and ends
   * with one line of what was read, kept and refused ({@link BatchCounts}) unless {@code quiet}.
   */
  static Loaded load(InputOptions options, PrintWriter err, Progress progress, boolean quiet) {
    Map<String, PartialDate> published = options.publishedDates();
    ReadResult read = new DocumentReader(options.readerOptions(), () -> System.in).read(options.inputs);
    int total = read.documents().size();
    int done = 0;
    boolean failed = false;
    int refused = read.problems().size();
    long charactersRead = 0;
    long charactersKept = 0;
    long sentences = 0;
    int emptyArticles = 0;
    for (InputProblem p : read.problems()) {
      err.println("sasil: " + p);
      failed = true;
    }
    for (InputProblem w : read.warnings()) {
      err.println("sasil: warning: " + w);
    }
    Set<String> unused = new TreeSet<>(published.keySet());
    List<Article> articles = new ArrayList<>();
    List<RawDocument> documents = new ArrayList<>();
    for (RawDocument doc : read.documents()) {
      RawDocument d = doc;
      PartialDate given = published.get(doc.id());
      if (given != null) {
        unused.remove(doc.id());
        d = new RawDocument(doc.id(), doc.origin(), doc.title(), doc.url(),
            Published.of(given, DateSource.OPTION), doc.content(), doc.html());
      }
      try {
        Article a = pipeline().process(d);
        a.warnings().forEach(w -> err.println("sasil: warning: " + doc.origin() + ": " + w));
        articles.add(a);
        documents.add(doc);
        charactersRead += BatchCounts.visible(doc.content());
        charactersKept += BatchCounts.visible(a.text());
        sentences += a.sentences().size();
        emptyArticles += a.sentences().isEmpty() ? 1 : 0;
      } catch (RuntimeException e) {
        err.println("sasil: " + doc.origin() + ": " + SasilCommand.oneLine(e));
        failed = true;
        refused++;
      } catch (OutOfMemoryError e) {
        throw OutOfMemory.on(doc.origin());
      }
      progress.advance(++done, total);
    }
    for (String id : unused) {
      err.println("sasil: warning: --published " + id + ": no article has this id");
    }
    BatchCounts counts = new BatchCounts(options.inputs.size(), read.documents().size(),
        refused, articles.size(), sentences, emptyArticles, charactersRead, charactersKept);
    if (!quiet) {
      err.println("sasil: " + counts.line());
    }
    err.flush();
    return new Loaded(articles, documents, failed, counts);
  }
}
