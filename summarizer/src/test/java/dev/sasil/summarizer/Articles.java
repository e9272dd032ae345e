package dev.sasil.summarizer;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.RawDocument;

/** Test articles made by the real pipeline (Nori loaded once for all tests). */
final class Articles {

  private static final class Holder {
    static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
  }

  private Articles() {}

  static Article of(String text) {
    return Holder.PIPELINE.process(RawDocument.text("test.txt", text));
  }

  static ArticlePipeline pipeline() {
    return Holder.PIPELINE;
  }
}
