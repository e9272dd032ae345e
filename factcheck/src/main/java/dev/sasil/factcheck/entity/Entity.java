package dev.sasil.factcheck.entity;

import java.util.Objects;

/**
 * A resolved entity: a family name and, for releases, a version. {@code 라마 3.2} is family {@code
 * 라마}, version {@code 3.2}; versions are different entities. Immutable.
 *
 * @param family canonical family name ({@code 라마}, {@code 오픈AI})
 * @param version the version ({@code 3.2}), or empty; a version {@code 1} is stored as empty (a
 *     bare family name and its first version are the same release)
 * @param type what kind of entity it is
 * @param known true when the alias table knows the family
 * @param separator what goes between family and version in the canonical name
 */
public record Entity(String family, String version, EntityType type, boolean known, String separator)
    implements java.io.Serializable {

  public Entity {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(type, "type");
    if (family.isBlank()) {
      throw new IllegalArgumentException("blank entity name");
    }
    version = normalizeVersion(version);
    separator = separator == null ? " " : separator;
  }

  /** The name used in findings: {@code 라마 3.2}, {@code GPT-4}, {@code 오픈AI}. */
  public String canonical() {
    return version.isEmpty() ? family : family + separator + version;
  }

  public Entity withVersion(String v) {
    return new Entity(family, v, type, known, separator);
  }

  /** A version of numbers only (3, 3.2, 3.0), whose trailing {@code .0} parts {@link #ZEROS} are dropped. */
  private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*");
  private static final java.util.regex.Pattern ZEROS = java.util.regex.Pattern.compile("(\\.0+)+$");

  static String normalizeVersion(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    String s = v.strip();
    if (NUMERIC.matcher(s).matches()) {
      s = ZEROS.matcher(s).replaceAll("");
    }
    return s.equals("1") ? "" : s;
  }

  @Override
  public String toString() {
    return canonical();
  }
}
