package dev.sasil.factcheck.entity;

/** The grammatical role a name plays in its sentence, read from the particle after it. */
public enum Role {
  /** 은/는: the topic, usually the actor. */
  TOPIC,
  /** 이/가: the subject. */
  SUBJECT,
  /** 을/를: the object. */
  OBJECT,
  /** 의: owner of the noun that follows. */
  GENITIVE,
  /** 와/과: partner or coordinated name. */
  WITH,
  /** 에서: source or place. */
  FROM,
  /** 에/에게: goal or place. */
  TO,
  /** 로/으로: means or capacity. */
  BY,
  /** 도: an additional subject. */
  ALSO,
  /** 이라는: names the noun that follows ({@code ‘오픈AI o1’이라는 AI 모델}). */
  APPOSITION,
  /** 이다: the name is the predicate. */
  COPULA,
  /** A particle that gives no role for claims (보다, 까지 …). */
  OTHER,
  /** No particle: the name modifies the noun that follows ({@code 오픈AI 주간 사용자}) or stands in a list. */
  BARE;

  /** Roles that make a name the actor of its clause. */
  public boolean isActor() {
    return this == TOPIC || this == SUBJECT || this == ALSO;
  }
}
