package de.lotse.knowledge.exchange;

/** Where a value sits in the file, and which entry it belongs to, for naming it in a problem. */
record FieldPath(String entryKey, String field) {

  private static final int LONGEST_SHOWN_NAME = 40;

  static FieldPath root() {
    return new FieldPath(null, "");
  }

  static FieldPath file() {
    return new FieldPath(null, "file");
  }

  FieldPath property(String name) {
    String shown = Quoting.shorten(name, LONGEST_SHOWN_NAME);
    return new FieldPath(entryKey, field.isEmpty() ? shown : field + "." + shown);
  }

  FieldPath index(int index) {
    return new FieldPath(entryKey, field + "[" + index + "]");
  }

  FieldPath inEntry(String key) {
    return new FieldPath(key, field);
  }

  ExchangeProblem problem(Violation violation) {
    return new ExchangeProblem(
        entryKey, field, violation.message(), violation.code().code(), violation.params());
  }
}
