package de.lotse.identity;

/** The parts of an office an admin request can touch; {@link OfficeAccess} decides who may. */
public enum OfficeArea {
  KNOWLEDGE_BASE,
  SETTINGS,
  AUDIT,
  /** The office's own statistics, including its citizens' scrubbed unanswered questions. */
  STATISTICS,
  /** Activating and suspending the office: the platform operator's decision. */
  STATUS
}
