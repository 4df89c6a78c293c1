package de.lotse.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientPseudonymsTests {

  private static final byte[] MONDAY = "salt-of-monday".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TUESDAY = "salt-of-tuesday".getBytes(StandardCharsets.UTF_8);

  @Test
  void isStableWithinADayAndChangesWithTheSalt() {
    String monday = ClientPseudonyms.of(MONDAY, "198.51.100.23");

    assertThat(ClientPseudonyms.of(MONDAY, "198.51.100.23")).isEqualTo(monday);
    assertThat(ClientPseudonyms.of(TUESDAY, "198.51.100.23")).isNotEqualTo(monday);
    assertThat(ClientPseudonyms.of(MONDAY, "198.51.100.24")).isNotEqualTo(monday);
  }

  @Test
  void isThirtyTwoHexDigitsWithoutTraceOfTheAddress() {
    assertThat(ClientPseudonyms.of(MONDAY, "198.51.100.23"))
        .matches("[0-9a-f]{32}")
        .doesNotContain("198")
        .doesNotContain("100");
  }

  @Test
  void limitsIpv6ClientsByTheirSlash64() {
    assertThat(ClientPseudonyms.of(MONDAY, "2001:db8:1:2:aaaa::1"))
        .isEqualTo(ClientPseudonyms.of(MONDAY, "2001:db8:1:2:bbbb:cccc:dddd:eeee"))
        .isNotEqualTo(ClientPseudonyms.of(MONDAY, "2001:db8:1:3::1"));
  }

  @Test
  void treatsIpv4MappedIpv6AsTheIpv4Address() {
    assertThat(ClientPseudonyms.limitedUnit("::ffff:198.51.100.23")).isEqualTo("198.51.100.23");
  }

  @Test
  void leavesAnythingThatIsNoIpv6LiteralAlone() {
    assertThat(ClientPseudonyms.limitedUnit("198.51.100.23")).isEqualTo("198.51.100.23");
    assertThat(ClientPseudonyms.limitedUnit("example.org")).isEqualTo("example.org");
    assertThat(ClientPseudonyms.limitedUnit("zz:not-an-address")).isEqualTo("zz:not-an-address");
    assertThat(ClientPseudonyms.limitedUnit("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
    assertThat(ClientPseudonyms.limitedUnit(null)).isEqualTo("unknown");
  }

  @Test
  void ignoresTheZoneOfALinkLocalAddress() {
    assertThat(ClientPseudonyms.limitedUnit("fe80::1%eth0"))
        .isEqualTo(ClientPseudonyms.limitedUnit("fe80::2"));
  }
}
