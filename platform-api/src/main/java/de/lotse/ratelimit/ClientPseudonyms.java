package de.lotse.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a client address into the pseudonym its bucket is stored under: HMAC-SHA-256 keyed with the
 * day's salt, truncated to 128 bits. Without the salt, which lives at most 48 hours, the pseudonym
 * cannot be traced back even though the IPv4 space is small enough to hash completely.
 */
final class ClientPseudonyms {

  private static final int PSEUDONYM_BYTES = 16;
  private static final Pattern IPV6_LITERAL = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

  private ClientPseudonyms() {}

  static String of(byte[] salt, String clientAddress) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      byte[] digest = mac.doFinal(limitedUnit(clientAddress).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /**
   * What one bucket stands for. An IPv6 client usually owns a whole /64 and could rotate through
   * it, so IPv6 addresses are limited by their /64 prefix; IPv4 (also IPv4-mapped IPv6) by address.
   */
  static String limitedUnit(String clientAddress) {
    String address = clientAddress == null ? "unknown" : clientAddress.strip();
    int zone = address.indexOf('%');
    String withoutZone = zone < 0 ? address : address.substring(0, zone);
    // Checked first because getByName would resolve anything that is not a literal through DNS.
    if (!IPV6_LITERAL.matcher(withoutZone).matches()) {
      return address;
    }
    try {
      InetAddress parsed = InetAddress.getByName(withoutZone);
      if (parsed instanceof Inet6Address) {
        return "ipv6/64:" + HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8));
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }
}
