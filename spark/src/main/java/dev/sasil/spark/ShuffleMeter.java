package dev.sasil.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the bytes the job's tasks write to shuffles: what a cluster sends over its network, for
 * the job's closing line. Thread-safe.
 */
final class ShuffleMeter extends SparkListener {

  private final AtomicLong bytes = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    if (taskEnd.taskMetrics() != null) {
      bytes.addAndGet(taskEnd.taskMetrics().shuffleWriteMetrics().bytesWritten());
    }
  }

  /** The bytes written to shuffles so far (listener events arrive shortly after their tasks end). */
  long bytes() {
    return bytes.get();
  }
}
