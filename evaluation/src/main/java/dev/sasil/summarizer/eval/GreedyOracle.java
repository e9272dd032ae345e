package dev.sasil.summarizer.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The extractive upper bound as usually approximated: starting from nothing, add the sentence
 * that raises ROUGE-L F1 against the reference most (ties: higher ROUGE-1 + ROUGE-2, then the
 * earlier sentence), in article order, until k sentences are chosen or no sentence helps.
 */
public final class GreedyOracle {

  private GreedyOracle() {}

  /** Chosen sentence indices, ascending. */
  public static List<Integer> select(List<List<String>> sentenceTokens, List<String> reference, int k) {
    List<Integer> chosen = new ArrayList<>();
    double bestL = 0;
    double bestN = 0;
    while (chosen.size() < k) {
      int pick = -1;
      double pickL = bestL;
      double pickN = bestN;
      for (int i = 0; i < sentenceTokens.size(); i++) {
        if (chosen.contains(i)) {
          continue;
        }
        List<Integer> trial = new ArrayList<>(chosen);
        trial.add(i);
        trial.sort(null);
        RougeScores s = Rouge.score(concat(sentenceTokens, trial), reference);
        double n = s.rouge1() + s.rouge2();
        if (s.rougeL() > pickL || (s.rougeL() == pickL && n > pickN)) {
          pick = i;
          pickL = s.rougeL();
          pickN = n;
        }
      }
      if (pick < 0) {
        break;
      }
      chosen.add(pick);
      chosen.sort(null);
      bestL = pickL;
      bestN = pickN;
    }
    return chosen;
  }

  static List<String> concat(List<List<String>> sentenceTokens, List<Integer> indices) {
    List<String> out = new ArrayList<>();
    for (int i : indices) {
      out.addAll(sentenceTokens.get(i));
    }
    return out;
  }
}
