package de.lotse.tenant;

/** An uploaded logo that must not be stored; the message tells the administrator why. */
final class LogoRejectedException extends Exception {

  LogoRejectedException(String message) {
    super(message, null, false, false);
  }
}
