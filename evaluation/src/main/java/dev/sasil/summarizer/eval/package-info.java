/**
 * Evaluation of extractive summaries against labelled corpora: ROUGE-1, ROUGE-2 and ROUGE-L F1
 * of the system beside Lead-k and a greedy Oracle, computed in the same run. Library code: it
 * returns figures, the CLI prints them.
 */
package dev.sasil.summarizer.eval;
