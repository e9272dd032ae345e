package dev.sasil.cli;

import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.read.InputProblem;
import dev.sasil.core.read.RawDocument;
import java.io.PrintWriter;
import java.util.List;

/**
 * Reads the inputs of a command with the library's {@link ArticleReader} and prints one line per
 * problem to stderr ({@code sasil: INPUT: message}), one per warning ({@code sasil: warning:
 * INPUT: message}) and, last, one line of what was read, kept and refused ({@link BatchCounts}).
 */
final class ArticleLoader {

  /**
   * The articles read, the documents they were made from (same order, same length), whether some
   * input failed, and the batch's counts.
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

  private ArticleLoader() {}

  static ArticlePipeline pipeline() {
    return Sasil.standard().reader().pipeline();
  }

  /** Loads the inputs of {@code options}, honouring its {@code --published} and {@code --max-size}. */
  static Loaded load(InputOptions options, PrintWriter err) {
    return load(options, err, (done, total) -> {}, false);
  }

  /** Loads the inputs of {@code options}, telling {@code progress} after each document. */
  static Loaded load(InputOptions options, PrintWriter err, ArticleReader.Progress progress) {
    return load(options, err, progress, false);
  }

  /**
   * Loads the inputs of {@code options}, telling {@code progress} after each document, and ends
   * with one line of what was read, kept and refused unless {@code quiet}. Running out of heap is
   * one line naming the document it was on ({@link OutOfMemory}).
   */
  static Loaded load(InputOptions options, PrintWriter err, ArticleReader.Progress progress, boolean quiet) {
    ArticleReader reader = Sasil.standard().reader()
        .withOptions(options.readerOptions())
        .withPublished(options.publishedDates());
    String[] current = {null};
    ArticleReader.Progress tracking = new ArticleReader.Progress() {
      @Override
      public void advance(int done, int total) {
        progress.advance(done, total);
      }

      @Override
      public void starting(String origin) {
        current[0] = origin;
      }
    };
    ArticleReader.Result read;
    try {
      read = reader.read(options.inputs, tracking);
    } catch (OutOfMemoryError e) {
      throw current[0] == null ? OutOfMemory.inRun() : OutOfMemory.on(current[0]);
    }
    for (InputProblem p : read.problems()) {
      err.println("sasil: " + p);
    }
    for (InputProblem w : read.warnings()) {
      err.println("sasil: warning: " + w);
    }
    long charactersRead = 0;
    long charactersKept = 0;
    long sentences = 0;
    int emptyArticles = 0;
    for (int i = 0; i < read.articles().size(); i++) {
      Article a = read.articles().get(i);
      charactersRead += BatchCounts.visible(read.documents().get(i).content());
      charactersKept += BatchCounts.visible(a.text());
      sentences += a.sentences().size();
      emptyArticles += a.sentences().isEmpty() ? 1 : 0;
    }
    BatchCounts counts = new BatchCounts(options.inputs.size(), read.documentsRead(), read.problems().size(),
        read.articles().size(), sentences, emptyArticles, charactersRead, charactersKept);
    if (!quiet) {
      err.println("sasil: " + counts.line());
    }
    err.flush();
    return new Loaded(read.articles(), read.documents(), read.someFailed(), counts);
  }
}
