/**
 * Sasil on Apache Spark: the same reading, summaries and cross-check as {@code sasil compare}, run
 * per partition and, after a shuffle of the claims by their key, per key group. {@link
 * dev.sasil.spark.SasilSparkJob} is the command; {@link dev.sasil.spark.SparkCheck} the entry
 * point for programs.
 */
package dev.sasil.spark;
