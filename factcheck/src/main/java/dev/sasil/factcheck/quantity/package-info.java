/**
 * Korean quantities: numbers written with 만/억/조 groups, native number words, typed units,
 * bounds, ranges and parenthesized currency conversions.
 *
 * <p>{@link dev.sasil.factcheck.quantity.QuantityNormalizer} is the entry point; {@code
 * quantity-lexicon.txt} holds the multipliers, number words, units (with their base-unit factor),
 * bound words and measure nouns, read once by {@link dev.sasil.factcheck.quantity.QuantityLexicon}.
 */
package dev.sasil.factcheck.quantity;
