package dev.sasil.factcheck.eval;

import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures time and quantity extraction against KLUE-NER (character-level BIO tags, sentences
 * separated by blank lines, {@code ##} comment lines): the recall of DT, TI and QT entities (an
 * entity counts as found when one of our mentions overlaps it; exact spans are counted too) and,
 * as a rough precision, the share of our mentions that overlap an entity of the matching types
 * (spans of time among our quantities, 87분간 and 징역 24년, are left out of the QT precision: KLUE
 * labels them DT or TI).
 * KLUE has no publication dates, so times are resolved against an unknown anchor: only the spans
 * are measured. Stateless; thread-safe.
 */
public final class KlueNerEvaluation {

  /** Counts for one kind of entity. */
  public record Score(String label, int gold, int found, int exact, int predicted, int predictedOverlapping) {

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double exactRecall() {
      return gold == 0 ? 0 : (double) exact / gold;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) predictedOverlapping / predicted;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-6s gold %5d  recall %.3f (%d)  exact-span recall %.3f (%d)  precision~ %.3f (%d of %d)",
          label, gold, recall(), found, exactRecall(), exact, precision(), predictedOverlapping, predicted);
    }
  }

  /** The result: one score per label, and the number of sentences read. */
  public record Result(int sentences, List<Score> scores) {
    public Result {
      scores = List.copyOf(scores);
    }
  }

  private record Span(int start, int end, String label) {}

  private record Sentence(String text, List<Span> entities) {}

  private final TimeNormalizer times;
  private final QuantityNormalizer quantities;

  public KlueNerEvaluation(TimeNormalizer times, QuantityNormalizer quantities) {
    this.times = times;
    this.quantities = quantities;
  }

  /** Evaluates the file; I/O problems and malformed lines (a tag without a character) are reported as IOException. */
  public Result evaluate(Path klueFile) throws IOException {
    int[] gold = new int[3];
    int[] found = new int[3];
    int[] exact = new int[3];
    int timePred = 0;
    int timeHit = 0;
    int timeHitDt = 0;
    int timeHitTi = 0;
    int qPred = 0;
    int qHit = 0;
    int n = 0;
    for (Sentence s : read(klueFile)) {
      n++;
      List<TimeMention> tm = times.find(s.text(), TimeAnchor.UNKNOWN);
      List<QuantityMention> qm = quantities.find(s.text());
      for (Span e : s.entities()) {
        int k = switch (e.label()) {
          case "DT" -> 0;
          case "TI" -> 1;
          case "QT" -> 2;
          default -> -1;
        };
        if (k < 0) {
          continue;
        }
        gold[k]++;
        boolean hit = false;
        boolean ex = false;
        if (k < 2) {
          for (TimeMention m : tm) {
            hit |= overlaps(m.start(), m.end(), e);
            ex |= m.start() == e.start() && m.end() == e.end();
          }
        } else {
          for (QuantityMention m : qm) {
            hit |= overlaps(m.start(), m.end(), e);
            ex |= m.start() == e.start() && m.end() == e.end();
          }
        }
        found[k] += hit ? 1 : 0;
        exact[k] += ex ? 1 : 0;
      }
      for (TimeMention m : tm) {
        timePred++;
        boolean dt = any(s, m.start(), m.end(), "DT");
        boolean ti = any(s, m.start(), m.end(), "TI");
        timeHit += dt || ti ? 1 : 0;
        timeHitDt += dt ? 1 : 0;
        timeHitTi += ti ? 1 : 0;
      }
      for (QuantityMention m : qm) {
        if (m.quantity().unit() == dev.sasil.factcheck.quantity.QuantityUnit.DURATION) {
          continue; // 87분간, 징역 24년: a span of time, which KLUE labels DT or TI, not QT
        }
        qPred++;
        qHit += any(s, m.start(), m.end(), "QT") ? 1 : 0;
      }
    }
    List<Score> scores = new ArrayList<>();
    scores.add(new Score("DT", gold[0], found[0], exact[0], timePred, timeHitDt));
    scores.add(new Score("TI", gold[1], found[1], exact[1], timePred, timeHitTi));
    scores.add(new Score("DT+TI", gold[0] + gold[1], found[0] + found[1], exact[0] + exact[1], timePred, timeHit));
    scores.add(new Score("QT", gold[2], found[2], exact[2], qPred, qHit));
    return new Result(n, scores);
  }

  private static boolean overlaps(int start, int end, Span e) {
    return start < e.end() && e.start() < end;
  }

  private static boolean any(Sentence s, int start, int end, String label) {
    for (Span e : s.entities()) {
      if (e.label().equals(label) && overlaps(start, end, e)) {
        return true;
      }
    }
    return false;
  }

  private static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int spanStart = -1;
    String spanLabel = null;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (true) {
        line = r.readLine();
        lineNo++;
        boolean end = line == null || line.isEmpty();
        if (end) {
          if (spanLabel != null) {
            spans.add(new Span(spanStart, text.length(), spanLabel));
            spanLabel = null;
          }
          if (text.length() > 0) {
            out.add(new Sentence(text.toString(), List.copyOf(spans)));
          }
          text.setLength(0);
          spans.clear();
          if (line == null) {
            break;
          }
          continue;
        }
        if (line.startsWith("##")) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          throw new IOException(file + ":" + lineNo + ": expected CHAR<tab>TAG: '" + line + "'");
        }
        String ch = line.substring(0, tab);
        String tag = line.substring(tab + 1).strip();
        boolean begin = tag.startsWith("B-");
        boolean inside = tag.startsWith("I-");
        String label = begin || inside ? tag.substring(2) : null;
        if (spanLabel != null && (begin || !inside || !label.equals(spanLabel))) {
          spans.add(new Span(spanStart, text.length(), spanLabel));
          spanLabel = null;
        }
        if (label != null && spanLabel == null) {
          spanStart = text.length();
          spanLabel = label;
        }
        text.append(ch.isEmpty() ? " " : ch);
      }
    }
    return out;
  }
}
