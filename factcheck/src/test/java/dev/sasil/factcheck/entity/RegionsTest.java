package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

  private final Regions regions = Regions.standard();

  @Test
  void aRegionIsReadWithOrWithoutItsSuffix() {
    assertThat(regions.of("홍천")).contains("홍천");
    assertThat(regions.of("홍천군")).contains("홍천");
    assertThat(regions.of("강원도")).contains("강원");
  }

  @Test
  void aRegionWhoseBareNameIsACommonWordIsOneOnlyWithItsSuffix() {
    assertThat(regions.of("동작")).as("동작 is an action").isEmpty();
    assertThat(regions.of("동작구")).contains("동작구");
    assertThat(regions.of("예산")).as("예산 is a budget").isEmpty();
    assertThat(regions.of("예산군")).contains("예산군");
  }

  @Test
  void aCommonNounIsNoRegion() {
    assertThat(regions.of("매출")).isEmpty();
    assertThat(regions.of("도로")).isEmpty();
  }
}
