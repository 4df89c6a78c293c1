package de.lotse.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RedisKeysTests {

  private final RedisKeys keys = new RedisKeys("lotse:");

  @Test
  void putsTheTenantRightAfterThePrefix() {
    assertThat(keys.tenant("rosenheim", "ratelimit", "tenant"))
        .isEqualTo("lotse:rosenheim:ratelimit:tenant");
  }

  @Test
  void sharedKeysCarryOnlyThePrefix() {
    assertThat(keys.global("content-changed")).isEqualTo("lotse:content-changed");
  }

  @Test
  void refusesTenantKeysWithoutTenant() {
    assertThatIllegalArgumentException().isThrownBy(() -> keys.tenant(" ", "x"));
  }
}
