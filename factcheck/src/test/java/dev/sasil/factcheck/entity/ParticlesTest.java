package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticlesTest {

  private final Particles p = Particles.standard();

  @Test
  void particlesGiveRoles() {
    assertThat(p.role("는")).contains(Role.TOPIC);
    assertThat(p.role("가")).contains(Role.SUBJECT);
    assertThat(p.role("를")).contains(Role.OBJECT);
    assertThat(p.role("의")).contains(Role.GENITIVE);
    assertThat(p.role("이라는")).contains(Role.APPOSITION);
    assertThat(p.role("에서는")).contains(Role.FROM);
    assertThat(p.role("")).contains(Role.BARE);
  }

  @Test
  void aSuffixThatIsNoParticleChainIsNoBoundary() {
    assertThat(p.role("버스")).isEmpty();
    assertThat(p.role("플랫폼스")).isEmpty();
  }

  @Test
  void theApproximateSuffixAfterANumberIsNoParticleButASubjectsKkeseoIs() {
    assertThat(p.approximate("께")).isEqualTo(1);
    assertThat(p.approximate("께부터")).isEqualTo(1);
    assertThat(p.approximate("께서")).isZero();
    assertThat(p.approximate("에")).isZero();
  }
}
