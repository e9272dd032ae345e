package dev.sasil.spark;

import dev.sasil.Sasil;
import dev.sasil.core.read.JsonRecordReader;
import dev.sasil.core.read.ReaderOptions;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.extract.ClaimExtractor;

/**
 * The heavy stages (the Nori dictionary, the lexicons, the language model), loaded once per JVM,
 * driver or executor, on the first task that needs them and shared read-only by every task after
 * it: tasks ship no stage, only their data. Immutable and thread-safe.
 */
final class Stages {

  private static final class Holder {
    static final Stages INSTANCE = new Stages();
  }

  final Sasil sasil = Sasil.standard();
  final ClaimExtractor extractor = ClaimExtractor.standard();
  final CrossChecker checker = CrossChecker.standard();
  final JsonRecordReader records = new JsonRecordReader(ReaderOptions.DEFAULT);

  private Stages() {}

  /** The stages of this JVM. */
  static Stages get() {
    return Holder.INSTANCE;
  }
}
