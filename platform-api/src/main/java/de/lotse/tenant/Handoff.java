package de.lotse.tenant;

/**
 * How citizens reach the office's staff when the bot cannot help. Every field is optional.
 *
 * @param openingHours free text, e.g. "Mo–Fr 8:00–12:00, Do 14:00–17:30"
 * @param appointmentUrl the office's online appointment booking
 */
public record Handoff(
    String email, String phone, String address, String openingHours, String appointmentUrl) {

  public static Handoff none() {
    return new Handoff(null, null, null, null, null);
  }
}
