package dev.sasil.factcheck.eval;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import java.util.List;

/**
 * How a finding is matched to a gold item, exactly as {@code score_findings.py} matches: a
 * finding covers an item when, for every evidence entry, one of its claims is from that article
 * and its sentence contains the entry's text, both compared with all whitespace removed. Stateless.
 */
public final class GoldMatching {

  private GoldMatching() {}

  /** Whether {@code finding} covers every entry of {@code evidence} (vacuously true for none). */
  public static boolean covers(Finding finding, List<GoldEvidence> evidence) {
    for (GoldEvidence ev : evidence) {
      if (!cites(finding, ev)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the finding's claims is from the entry's article and its sentence contains the text. */
  public static boolean cites(Finding finding, GoldEvidence evidence) {
    String wanted = squash(evidence.contains());
    for (Claim c : finding.claims()) {
      if (c.evidence().articleId().equals(evidence.article()) && squash(c.evidence().sentence()).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code s} without whitespace, as Python's {@code "".join(s.split())}: the characters Python's
   * {@code str.isspace} accepts are Java's whitespace, its space separators (the no-break spaces
   * included) and NEL (U+0085).
   */
  public static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !isPythonSpace(cp)).forEach(b::appendCodePoint);
    return b.toString();
  }

  static boolean isPythonSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }
}
