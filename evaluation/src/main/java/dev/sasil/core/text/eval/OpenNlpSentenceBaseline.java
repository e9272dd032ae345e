package dev.sasil.core.text.eval;

import dev.sasil.core.Sentence;
import dev.sasil.core.SentenceKind;
import dev.sasil.core.text.SentenceSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The alternative to the rules, for comparison only: an OpenNLP maximum-entropy sentence detector
 * ({@code SentenceDetectorME}, end-of-sentence characters {@code . ? ! … ~}, default training
 * parameters) trained on gold sentences, wrapped as a {@link SentenceSegmenter} (a line break
 * still always ends a sentence). Used by {@code sasil eval sentences --opennlp-train FILE} to
 * train on one corpus and score on the others; never train and score on the same file.
 * Thread-safe: a detector is created per call over the shared, immutable model.
 */
public final class OpenNlpSentenceBaseline implements SentenceSegmenter {

  /** Sentences per training sample when a gold text is one long paragraph. */
  private static final int SENTENCES_PER_SAMPLE = 20;
  private static final char[] EOS = {'.', '?', '!', '…', '~'};

  private final SentenceModel model;

  private OpenNlpSentenceBaseline(SentenceModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** Trains a detector on the gold sentences of {@code texts}. */
  public static OpenNlpSentenceBaseline train(List<GoldText> texts) throws IOException {
    List<SentenceSample> samples = new ArrayList<>();
    for (GoldText t : texts) {
      addSamples(t, samples);
    }
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no gold sentences to train on");
    }
    SentenceDetectorFactory factory = new SentenceDetectorFactory("kor", true, null, EOS);
    SentenceModel model = SentenceDetectorME.train(
        "kor", new CollectionObjectStream<>(samples), factory, TrainingParameters.defaultParams());
    return new OpenNlpSentenceBaseline(model);
  }

  private static void addSamples(GoldText gold, List<SentenceSample> samples) {
    String text = gold.text();
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    List<Integer> ends = new ArrayList<>(gold.boundaries());
    ends.add(text.length());
    for (int end : ends) {
      int s = start;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      sentences.add(new int[] {s, end});
      start = end;
    }
    // one sample per paragraph, cut into pieces of SENTENCES_PER_SAMPLE sentences
    int i = 0;
    while (i < sentences.size()) {
      int first = i;
      int lineEnd = text.indexOf('\n', sentences.get(first)[0]);
      int j = i;
      while (j < sentences.size() && j - first < SENTENCES_PER_SAMPLE
          && (lineEnd < 0 || sentences.get(j)[1] <= lineEnd)) {
        j++;
      }
      j = Math.max(j, first + 1);
      int from = sentences.get(first)[0];
      int to = sentences.get(j - 1)[1];
      Span[] spans = new Span[j - first];
      for (int k = first; k < j; k++) {
        spans[k - first] = new Span(sentences.get(k)[0] - from, sentences.get(k)[1] - from);
      }
      samples.add(new SentenceSample(text.substring(from, to), spans));
      i = j;
    }
  }

  @Override
  public List<Sentence> segment(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    SentenceDetectorME detector = new SentenceDetectorME(model);
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      for (Span span : detector.sentPosDetect(line)) {
        int s = lineStart + span.getStart();
        int e = lineStart + span.getEnd();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          out.add(new Sentence(out.size(), text.substring(s, e), s, e, SentenceKind.BODY, List.of()));
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }
}
