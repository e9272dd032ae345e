package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnamesTest {

  private final Surnames surnames = Surnames.standard();

  @Test
  void aFullNameIsAFamilyNameThenAGivenNameOfOneOrTwoSyllables() {
    assertThat(surnames.mayBeFullName("김하늘")).isTrue();
    assertThat(surnames.mayBeFullName("남궁민수")).as("a family name of two syllables").isTrue();
    assertThat(surnames.mayBeFullName("김")).as("a family name alone").isFalse();
    assertThat(surnames.mayBeFullName("김하늘별빛")).as("too long").isFalse();
    assertThat(surnames.mayBeFullName("흙하늘")).as("no family name").isFalse();
    assertThat(surnames.mayBeFullName("김A")).isFalse();
  }

  @Test
  void familyNamesAreWholeEntries() {
    assertThat(surnames.isSurname("김")).isTrue();
    assertThat(surnames.isSurname("제갈")).isTrue();
    assertThat(surnames.isSurname("김하")).isFalse();
  }
}
