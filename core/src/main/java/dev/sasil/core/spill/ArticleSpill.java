package dev.sasil.core.spill;

import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.time.PartialDate;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Articles kept on disk rather than on the heap, so that a run over more articles than the heap
 * holds keeps only a file offset for each: an append-only list, each article written once by
 * {@link #add} and read back, equal to what was added but without its morphemes, by {@link #get}
 * on any thread.
 *
 * <p>The articles go to one temporary file, deleted as soon as it is open where the system allows
 * (the open channel keeps it readable), else when the JVM exits; {@link #close} releases it.
 * Strings are written as their UTF-16 units, so every string comes back exactly, a lone surrogate
 * too (UTF-8 would replace it).
 *
 * <p>{@link #add} runs on one thread at a time; {@link #get} and {@link #size} may run on others
 * once the articles they read are added.
 */
public final class ArticleSpill extends AbstractList<Article> implements RandomAccess, AutoCloseable {

  private static final int NONE = -1;

  private final RecordFile file;

  private ArticleSpill(RecordFile file) {
    this.file = file;
  }

  /** A new, empty spill in the system's temporary directory. */
  public static ArticleSpill create() {
    return new ArticleSpill(RecordFile.create("sasil-articles", "articles"));
  }

  /** Writes {@code article} to the end of the spill; its morphemes are not kept. */
  @Override
  public boolean add(Article article) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + article.text().length() * 2);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    file.append(bytes.toByteArray());
    return true;
  }

  @Override
  public Article get(int index) {
    try {
      return read(new DataInputStream(new java.io.ByteArrayInputStream(file.read(index))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read article " + index + " back from the temporary file", e);
    }
  }

  @Override
  public int size() {
    return file.size();
  }

  /** Releases the file; the articles cannot be read after. */
  @Override
  public void close() {
    file.close();
  }

  private static void write(Article a, DataOutputStream out) throws IOException {
    writeString(a.id(), out);
    writeString(a.title(), out);
    writeString(a.url(), out);
    PartialDate date = a.published().date();
    out.writeInt(date == null ? NONE : date.year());
    out.writeInt(date == null || date.month() == null ? NONE : date.month());
    out.writeInt(date == null || date.day() == null ? NONE : date.day());
    out.writeInt(a.published().source() == null ? NONE : a.published().source().ordinal());
    writeString(a.text(), out);
    writeString(a.language(), out);
    out.writeInt(a.warnings().size());
    for (String w : a.warnings()) {
      writeString(w, out);
    }
    writeString(a.outlet(), out);
    out.writeInt(a.sentences().size());
    for (Sentence s : a.sentences()) {
      writeString(s.text(), out);
      out.writeInt(s.start());
      out.writeInt(s.kind().ordinal());
    }
  }

  private static Article read(DataInputStream in) throws IOException {
    String id = readString(in);
    String title = readString(in);
    String url = readString(in);
    int year = in.readInt();
    int month = in.readInt();
    int day = in.readInt();
    int source = in.readInt();
    PartialDate date = year == NONE ? null
        : new PartialDate(year, month == NONE ? null : month, day == NONE ? null : day);
    Published published = date == null && source == NONE ? Published.UNKNOWN
        : new Published(date, source == NONE ? null : DateSource.values()[source]);
    String text = readString(in);
    String language = readString(in);
    int warningCount = in.readInt();
    List<String> warnings = new ArrayList<>(warningCount);
    for (int i = 0; i < warningCount; i++) {
      warnings.add(readString(in));
    }
    String outlet = readString(in);
    int sentenceCount = in.readInt();
    List<Sentence> sentences = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      String s = readString(in);
      int start = in.readInt();
      sentences.add(new Sentence(i, s, start, start + s.length(), SentenceKind.values()[in.readInt()], List.of()));
    }
    return new Article(id, title, url, published, text, sentences, language, warnings, outlet);
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    if (s == null) {
      out.writeInt(NONE);
      return;
    }
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == NONE) {
      return null;
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = in.readChar();
    }
    return new String(chars);
  }
}
