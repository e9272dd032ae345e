package dev.sasil.core.read;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.time.PartialDate;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads inputs into articles: {@link DocumentReader} for the documents, the caller's publication
 * dates put over theirs, {@link ArticlePipeline} for the rest. What the CLI and the library both
 * use, so that a file reads the same way from either. Immutable and thread-safe (a {@link
 * DocumentReader} is made per call); the {@code with…} methods return new readers sharing the
 * pipeline.
 */
public final class ArticleReader {

  /** Told after each document is processed: {@code done} of {@code total}. */
  @FunctionalInterface
  public interface Progress {
    /** Tells nothing. */
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} documents are processed. */
    void advance(int done, int total);

    /** The document read from {@code origin} is about to be processed. */
    default void starting(String origin) {}
  }

  /**
   * The articles read and what went wrong.
   *
   * @param articles the articles, in input order
   * @param documents the documents they were made from (same order, same length; with the
   *     caller's dates applied)
   * @param problems inputs, or parts of them, that gave no article: one line each
   * @param warnings what was read but may be wrong (a replaced byte, a language not Korean, a
   *     date given for an id no input has)
   * @param documentsRead every document the inputs held, those that gave no article included
   */
  public record Result(List<Article> articles, List<RawDocument> documents, List<InputProblem> problems,
      List<InputProblem> warnings, int documentsRead) {

    public Result {
      articles = List.copyOf(articles);
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
      if (articles.size() != documents.size()) {
        throw new IllegalArgumentException(articles.size() + " articles from " + documents.size() + " documents");
      }
    }

    /** A result whose every document gave an article. */
    public Result(List<Article> articles, List<RawDocument> documents, List<InputProblem> problems,
        List<InputProblem> warnings) {
      this(articles, documents, problems, warnings, documents.size());
    }

    /** Whether some input gave no article. */
    public boolean someFailed() {
      return !problems.isEmpty();
    }
  }

  private final ArticlePipeline pipeline;
  private final ReaderOptions options;
  private final Supplier<InputStream> stdin;
  private final Map<String, PartialDate> published;
  private final PageFetcher.Settings fetching;

  /** A reader with the default options, reading {@code -} from {@link System#in}. */
  public ArticleReader(ArticlePipeline pipeline) {
    this(pipeline, ReaderOptions.DEFAULT, () -> System.in, Map.of(), PageFetcher.Settings.DEFAULT);
  }

  private ArticleReader(ArticlePipeline pipeline, ReaderOptions options, Supplier<InputStream> stdin,
      Map<String, PartialDate> published, PageFetcher.Settings fetching) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.published = Map.copyOf(published);
    this.fetching = Objects.requireNonNull(fetching, "fetching");
  }

  /** The pipeline that turns documents into articles. */
  public ArticlePipeline pipeline() {
    return pipeline;
  }

  /** This reader with other reading options (the size limit). */
  public ArticleReader withOptions(ReaderOptions newOptions) {
    return new ArticleReader(pipeline, newOptions, stdin, published, fetching);
  }

  /** This reader taking standard input ({@code -}) from {@code newStdin}. */
  public ArticleReader withStdin(Supplier<InputStream> newStdin) {
    return new ArticleReader(pipeline, options, newStdin, published, fetching);
  }

  /**
   * This reader giving the articles of these ids these publication dates, over what the inputs
   * say ({@code --published ID=DATE}); an id no input has gives a warning.
   */
  public ArticleReader withPublished(Map<String, PartialDate> dates) {
    return new ArticleReader(pipeline, options, stdin, new TreeMap<>(dates), fetching);
  }

  /** This reader fetching web pages with these settings (time limit, redirects, User-Agent). */
  public ArticleReader withFetching(PageFetcher.Settings settings) {
    return new ArticleReader(pipeline, options, stdin, published, settings);
  }

  /** Reads every input (files, directories, JSON Lines, {@code -}); a bad one does not stop the others. */
  public Result read(List<String> inputs) {
    return read(inputs, Progress.NONE);
  }

  /** Reads every input, telling {@code progress} after each document. */
  public Result read(List<String> inputs, Progress progress) {
    ReadResult read = documents().read(inputs);
    List<InputProblem> problems = new ArrayList<>(read.problems());
    List<InputProblem> warnings = new ArrayList<>(read.warnings());
    Set<String> unused = new TreeSet<>(published.keySet());
    List<Article> articles = new ArrayList<>();
    List<RawDocument> documents = new ArrayList<>();
    int total = read.documents().size();
    int done = 0;
    for (RawDocument doc : read.documents()) {
      progress.starting(doc.origin());
      PartialDate given = published.get(doc.id());
      RawDocument d = given == null ? doc : ArticleSource.DEFAULT.withPublished(given).applyTo(doc);
      unused.remove(doc.id());
      try {
        Article a = pipeline.process(d);
        a.warnings().forEach(w -> warnings.add(new InputProblem(doc.origin(), w)));
        articles.add(a);
        documents.add(d);
      } catch (RuntimeException e) {
        problems.add(new InputProblem(doc.origin(), oneLine(e)));
      }
      progress.advance(++done, total);
    }
    for (String id : unused) {
      warnings.add(new InputProblem("--published " + id, "no article has this id"));
    }
    return new Result(articles, documents, problems, warnings, total);
  }

  /**
   * The one article of a text or HTML file.
   *
   * @throws InputException saying why, when the file cannot be read or holds no article or
   *     several (a directory, a JSON Lines corpus: use {@link #read(List)})
   */
  public Article read(Path file, ArticleSource source) throws InputException {
    return one(file.toString(), source);
  }

  /**
   * The article of a web page, fetched over HTTP(S); its id is the URL, its outlet the page's
   * {@code og:site_name} or the URL's host.
   *
   * @throws InputException with one line saying why, when the page cannot be fetched or is not
   *     an article (a 404, an image, a page over the size limit)
   */
  public Article read(URI url, ArticleSource source) throws InputException {
    if (!PageFetcher.isUrl(url.toString())) {
      throw new InputException(url + ": not an http(s) URL");
    }
    return one(url.toString(), source);
  }

  private Article one(String input, ArticleSource source) throws InputException {
    ReadResult read = documents().read(List.of(input));
    if (!read.problems().isEmpty()) {
      throw new InputException(read.problems().get(0).toString());
    }
    if (read.documents().size() != 1) {
      throw new InputException(input + ": holds " + read.documents().size()
          + " articles; read a directory or a corpus with read(List)");
    }
    return process(read.documents().get(0), source);
  }

  /**
   * The article of a text, plain or HTML (when it starts with {@code <}). Its id is the source's,
   * or {@code text}.
   */
  public Article read(String text, ArticleSource source) {
    Objects.requireNonNull(text, "text");
    String id = source.id() == null ? "text" : source.id();
    boolean html = text.stripLeading().startsWith("<");
    return process(new RawDocument(id, id, null, null, null, text, html), source);
  }

  private DocumentReader documents() {
    return new DocumentReader(options, stdin, fetching);
  }

  private Article process(RawDocument doc, ArticleSource source) {
    return pipeline.process(source.applyTo(doc));
  }

  private static String oneLine(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ');
  }
}
