package dev.sasil.factcheck;

import java.util.List;
import java.util.Objects;

/**
 * One fact as the sources state it: the claims of every article about it and the verdict.
 *
 * @param subject canonical entity name
 * @param attribute event or measure
 * @param qualifiers the qualifiers shared by the claims
 * @param verdict agreement, contradiction or single-source
 * @param claims every claim, ordered by article id then sentence
 * @param explanation one line for people ({@code 2015 vs 2016: years differ})
 */
public record Finding(
    String subject,
    String attribute,
    List<String> qualifiers,
    Verdict verdict,
    List<Claim> claims,
    String explanation) implements java.io.Serializable {

  public Finding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(verdict, "verdict");
    qualifiers = List.copyOf(qualifiers);
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a finding without claims: " + subject + " " + attribute);
    }
    explanation = explanation == null ? "" : explanation;
  }

  /** The distinct article ids of the claims, in order. */
  public List<String> articleIds() {
    return claims.stream().map(c -> c.evidence().articleId()).distinct().toList();
  }
}
