package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JamoDistanceTest {

  @Test
  void decomposesSyllablesIntoJamo() {
    assertThat(JamoDistance.decompose("한글a")).isEqualTo("ㅎㅏㄴㄱㅡㄹa");
  }

  @Test
  void aTypoIsOneJamoAway() {
    assertThat(JamoDistance.distance("저커버그", "저커버크")).isEqualTo(1);
    assertThat(JamoDistance.variants("저커버그", "저커버크")).isTrue();
    assertThat(JamoDistance.variants("올트먼", "알트먼")).isTrue();
  }

  @Test
  void differentNamesAreNotVariants() {
    assertThat(JamoDistance.variants("그록", "그락")).as("two syllables are never merged by distance").isFalse();
    assertThat(JamoDistance.variants("그록", "그로크")).isFalse();
    assertThat(JamoDistance.variants("라마2", "라마3")).as("versions differ").isFalse();
    assertThat(JamoDistance.variants("엔비디아", "앤트로픽")).isFalse();
    assertThat(JamoDistance.variants("구글", "구굴")).isFalse();
  }

  @Test
  void randomStringsNeverThrow() {
    Random r = new Random(42);
    for (int i = 0; i < 500; i++) {
      StringBuilder a = new StringBuilder();
      for (int k = 0; k < r.nextInt(8); k++) {
        a.append((char) (r.nextBoolean() ? 0xAC00 + r.nextInt(11172) : 32 + r.nextInt(95)));
      }
      String s = a.toString();
      assertThat(JamoDistance.distance(s, s)).isZero();
      JamoDistance.variants(s, "오픈에이아이");
    }
  }
}
