package dev.sasil.factcheck.entity;

import dev.sasil.factcheck.NormalizedValue;
import java.util.Arrays;
import java.util.Objects;

/**
 * An office, a prize or a nomination as an article writes it for the person who holds it (경남
 * 밀양소방서장, 초대 청장, 드라마 시리즈 부문 남우주연상): the value of a claim of who holds what.
 * Two are one office when their texts are equal, spaces aside, or when they end in the same title
 * or prize, their {@code head} (초대청장 and 우주항공청장 are both a 청장; 남우주연상 and 드라마
 * 시리즈 부문 남우주연상 one prize), or when one writes the other's head as a word (대통령 당선인).
 *
 * @param text the office as written, without particles
 * @param head the title or prize it ends in, spaces removed
 */
public record Office(String text, String head) implements NormalizedValue {

  public Office {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    if (text.isBlank() || head.isBlank()) {
      throw new IllegalArgumentException("blank office");
    }
  }

  /**
   * Whether both name one office: the same title at their end, or one writing the other's title as
   * a word of its own (대통령 당선인 and 대통령, 헌법재판소장 권한대행 and 헌법재판소장).
   */
  public boolean sameOffice(Office o) {
    return head.equals(o.head) || Arrays.asList(text.split(" ")).contains(o.head)
        || Arrays.asList(o.text.split(" ")).contains(head);
  }

  /** Whether both name one office as written, spaces aside. */
  public boolean sameText(Office o) {
    return text.replace(" ", "").equals(o.text.replace(" ", ""));
  }

  @Override
  public String normalized() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
