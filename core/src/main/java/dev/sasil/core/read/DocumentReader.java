package dev.sasil.core.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads inputs into raw documents: files ({@code .txt}, {@code .html}/{@code .htm}, {@code
 * .jsonl}; other names are read as text), directories (recursively, those extensions only, in
 * sorted order of their relative paths), JSON Lines corpora, {@code http://} and {@code https://}
 * URLs of web pages (fetched by {@link PageFetcher}; id: the URL as given), and {@code -} for standard input
 * (JSON Lines when it starts with <code>{</code>, HTML when it starts with {@code <}, text
 * otherwise).
 *
 * <p>Charsets are detected by {@link TextDecoder}; HTML is reduced to its article text and
 * metadata by {@link HtmlArticleExtractor} (the documents returned are text, with the page's
 * title, URL and date, source {@link DateSource#HTML}). A document over {@link
 * ReaderOptions#maxDocumentBytes()} is refused before it is loaded; JSON Lines are streamed.
 *
 * <p>Ids: a file's name ({@code a1.txt}); when two files share a name, their paths as given
 * ({@code dir1/a1.txt}, {@code dir2/a1.txt}); a JSON Lines record's {@code id}, or {@code
 * NAME:LINE} without one; standard input is {@code stdin}. Ids still equal after that get {@code
 * #2}, {@code #3} … in input order, with a warning.
 *
 * <p>Every problem is one line naming the input; the other inputs are still read. Nothing here
 * throws for a bad input. Not thread-safe: use one reader per thread (they are cheap).
 */
public final class DocumentReader {

  /** The id of a document read from standard input. */
  public static final String STDIN_ID = "stdin";

  private final ReaderOptions options;
  private final Supplier<InputStream> stdin;
  private final PageFetcher.Settings fetching;
  private PageFetcher fetcher;
  private ObjectMapper json; // made on the first JSON Lines input: loading Jackson is a start-up cost

  /** A reader with the default options, reading {@code -} from {@link System#in}. */
  public DocumentReader() {
    this(ReaderOptions.DEFAULT, () -> System.in);
  }

  public DocumentReader(ReaderOptions options, Supplier<InputStream> stdin) {
    this(options, stdin, PageFetcher.Settings.DEFAULT);
  }

  /** A reader fetching URLs with these settings (their size limit is {@code options}'). */
  public DocumentReader(ReaderOptions options, Supplier<InputStream> stdin, PageFetcher.Settings fetching) {
    this.options = Objects.requireNonNull(options);
    this.stdin = Objects.requireNonNull(stdin);
    this.fetching = Objects.requireNonNull(fetching).withMaxBytes(options.maxDocumentBytes());
  }

  private enum Kind {
    TEXT,
    HTML,
    JSONL
  }

  /** A document before ids are made unique. */
  private record Pending(RawDocument doc, boolean fromFile) {}

  private final class Run {
    final List<Pending> docs = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final List<InputProblem> warnings = new ArrayList<>();
  }

  /** Reads every input; a bad input becomes a problem and the others are still read. */
  public ReadResult read(List<String> inputs) {
    Run run = new Run();
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(run);
        continue;
      }
      if (PageFetcher.isUrl(input)) {
        readUrl(input, run);
        continue;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        run.problems.add(new InputProblem(input, "not a valid path"));
        continue;
      }
      if (Files.isDirectory(path)) {
        readDirectory(path, input, run);
      } else if (Files.isRegularFile(path)) {
        readFile(path, input, kindOf(path, Kind.TEXT), run);
      } else if (Files.exists(path)) {
        run.problems.add(new InputProblem(input, "not a regular file or directory"));
      } else {
        run.problems.add(new InputProblem(input, "no such file or directory"));
      }
    }
    return new ReadResult(uniqueIds(run), run.problems, run.warnings);
  }

  private static Kind kindOf(Path path, Kind otherwise) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      return Kind.JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Kind.HTML;
    }
    if (name.endsWith(".txt")) {
      return Kind.TEXT;
    }
    return otherwise;
  }

  private void readDirectory(Path dir, String input, Run run) {
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.equals(dir) || !d.getFileName().toString().startsWith(".")
              ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
              && kindOf(file, null) != null) {
            files.add(dir.relativize(file).toString().replace('\\', '/'));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String message = e instanceof FileSystemLoopException ? "directory loop (a link to a parent); skipped" : ioMessage(e);
          run.problems.add(new InputProblem(display(input, dir.relativize(file).toString()), message));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      run.problems.add(new InputProblem(input, ioMessage(e)));
      return;
    }
    if (files.isEmpty()) {
      run.problems.add(new InputProblem(input, "no .txt, .html, .htm or .jsonl files in this directory"));
      return;
    }
    files.sort(null);
    for (String rel : files) {
      Path file = dir.resolve(rel);
      readFile(file, display(input, rel), kindOf(file, Kind.TEXT), run);
    }
  }

  private static String display(String dirInput, String rel) {
    String base = dirInput.replace('\\', '/');
    return base.endsWith("/") ? base + rel.replace('\\', '/') : base + "/" + rel.replace('\\', '/');
  }

  private void readFile(Path path, String origin, Kind kind, Run run) {
    String name = path.getFileName().toString();
    try {
      if (kind == Kind.JSONL) {
        try (InputStream in = Files.newInputStream(path)) {
          new JsonLinesReader(json(), HtmlArticleExtractor.standard(), options.maxDocumentBytes())
              .read(in, origin, name, d -> run.docs.add(new Pending(d, false)), run.problems::add, run.warnings::add);
        }
        return;
      }
      long size = Files.size(path);
      if (size > options.maxDocumentBytes()) {
        throw tooLarge(size);
      }
      byte[] bytes = Files.readAllBytes(path);
      if (bytes.length > options.maxDocumentBytes()) {
        throw tooLarge(bytes.length);
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      warnReplaced(decoded, origin, run);
      run.docs.add(new Pending(document(name, origin, decoded.text(), kind), true));
    } catch (InputException e) {
      run.problems.add(new InputProblem(origin, e.getMessage()));
    } catch (IOException e) {
      run.problems.add(new InputProblem(origin, ioMessage(e)));
    }
  }

  private void readUrl(String url, Run run) {
    if (fetcher == null) {
      fetcher = new PageFetcher(fetching);
    }
    try {
      RawDocument page = fetcher.fetch(url);
      RawDocument doc = page.html() ? HtmlArticleExtractor.standard().toText(page) : page;
      if (doc.content().isBlank()) {
        throw new InputException("no article text found on the page");
      }
      run.docs.add(new Pending(doc.outlet() == null ? doc.withOutlet(host(doc.url())) : doc, false));
    } catch (InputException e) {
      run.problems.add(new InputProblem(url, e.getMessage()));
    }
  }

  /** The host of a URL without {@code www.}, the outlet of a page that names none. */
  private static String host(String url) {
    try {
      String h = java.net.URI.create(url).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void readStdin(Run run) {
    try {
      InputStream in = stdin.get();
      byte[] bytes = BoundedInput.readAtMost(in, options.maxDocumentBytes(), "standard input");
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      warnReplaced(decoded, "-", run);
      String text = decoded.text();
      String head = text.stripLeading();
      if (head.startsWith("{")) {
        new JsonLinesReader(json(), HtmlArticleExtractor.standard(), options.maxDocumentBytes()).read(
            new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "-", STDIN_ID, d -> run.docs.add(new Pending(d, false)), run.problems::add, run.warnings::add);
        return;
      }
      run.docs.add(new Pending(document(STDIN_ID, "-", text, head.startsWith("<") ? Kind.HTML : Kind.TEXT), true));
    } catch (InputException e) {
      run.problems.add(new InputProblem("-", e.getMessage()));
    } catch (IOException e) {
      run.problems.add(new InputProblem("-", ioMessage(e)));
    }
  }

  private static void warnReplaced(TextDecoder.Decoded decoded, String origin, Run run) {
    if (decoded.replaced() > 0) {
      run.warnings.add(new InputProblem(origin,
          decoded.replaced() + " malformed UTF-8 byte sequence(s) replaced by \uFFFD"));
    }
  }

  private RawDocument document(String id, String origin, String text, Kind kind) throws InputException {
    if (kind == Kind.TEXT && looksLikeHtml(text)) {
      kind = Kind.HTML;
    }
    if (kind != Kind.HTML) {
      return new RawDocument(id, origin, null, null, Published.UNKNOWN, text, false);
    }
    RawDocument page = HtmlArticleExtractor.standard().toText(new RawDocument(id, origin, null, null, Published.UNKNOWN, text, true));
    if (page.content().isBlank()) {
      throw new InputException("no article text found in the HTML");
    }
    return page;
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(64, head.length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private InputException tooLarge(long size) {
    return new InputException("too large (" + Sizes.format(size) + "; the limit is "
        + Sizes.format(options.maxDocumentBytes()) + ", see --max-size); not read");
  }

  private List<RawDocument> uniqueIds(Run run) {
    Map<String, Integer> fileNames = new HashMap<>();
    for (Pending p : run.docs) {
      if (p.fromFile()) {
        fileNames.merge(p.doc().id(), 1, Integer::sum);
      }
    }
    Set<String> used = new HashSet<>();
    List<RawDocument> out = new ArrayList<>();
    for (Pending p : run.docs) {
      RawDocument d = p.doc();
      String id = d.id();
      if (p.fromFile() && fileNames.get(id) > 1 && !d.origin().equals("-")) {
        id = d.origin().startsWith("./") ? d.origin().substring(2) : d.origin();
      }
      if (!used.add(id)) {
        String base = id;
        int n = 2;
        while (!used.add(base + "#" + n)) {
          n++;
        }
        id = base + "#" + n;
        run.warnings.add(new InputProblem(d.origin(), "id '" + base + "' is used twice; this one is '" + id + "'"));
      }
      out.add(id.equals(d.id()) ? d : d.withId(id));
    }
    return out;
  }

  private ObjectMapper json() {
    if (json == null) {
      json = new ObjectMapper();
    }
    return json;
  }

  private static String ioMessage(IOException e) {
    return InputProblem.describe(e);
  }
}
