/**
 * Evaluation against labelled data: KLUE-NER spans for time and quantity extraction ({@link
 * dev.sasil.factcheck.eval.KlueNerEvaluation}), and cross-check findings against a fact-checker's
 * gold file ({@link dev.sasil.factcheck.eval.GoldFindingsReader} reads it, {@link
 * dev.sasil.factcheck.eval.FindingsScorer} scores with the rules of {@code score_findings.py},
 * {@link dev.sasil.factcheck.eval.GoldTextCheck} finds cited text the corpus lacks).
 */
package dev.sasil.factcheck.eval;
