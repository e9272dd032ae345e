package dev.sasil.factcheck;

/** A value normalized from text: a time ({@code TimeValue}) or a quantity ({@code Quantity}). */
public interface NormalizedValue extends java.io.Serializable {

  /** The normalized value as printed in JSON: a TIMEX3-style string or a plain number. */
  String normalized();
}
