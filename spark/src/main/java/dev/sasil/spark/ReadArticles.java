package dev.sasil.spark;

import dev.sasil.core.Article;
import dev.sasil.core.read.InputException;
import dev.sasil.core.read.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the articles of a line as {@code sasil compare} reads a JSON Lines corpus, with the stages
 * of the JVM; a bad line or article is one problem line and the others go on. Stateless.
 */
final class ReadArticles {

  /**
   * An article and its place in the input.
   *
   * @param order the line's index times {@link InputLine#MAX_RECORDS_PER_LINE} plus the record's place on it
   * @param article the article
   */
  record Ordered(long order, Article article) {}

  private ReadArticles() {}

  /** The articles of a line, in order; what could not be read goes to {@code problems}. */
  static List<Ordered> read(InputLine line, Stages stages, Consumer<String> problems) {
    String text = line.index() == 0 && line.json().startsWith("\uFEFF") ? line.json().substring(1) : line.json();
    List<RawDocument> docs;
    try {
      docs = stages.records.read(text, line.where(), line.defaultId(), w -> problems.accept("warning: " + w));
    } catch (InputException e) {
      problems.accept(line.where() + ": " + e.getMessage() + "; skipped");
      return List.of();
    }
    List<Ordered> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      if (i >= InputLine.MAX_RECORDS_PER_LINE) {
        problems.accept(line.where() + ": more than " + InputLine.MAX_RECORDS_PER_LINE + " objects on one line; the rest skipped");
        break;
      }
      try {
        out.add(new Ordered(line.index() * InputLine.MAX_RECORDS_PER_LINE + i,
            stages.sasil.reader().pipeline().process(docs.get(i))));
      } catch (RuntimeException e) {
        problems.accept(docs.get(i).origin() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return out;
  }
}
