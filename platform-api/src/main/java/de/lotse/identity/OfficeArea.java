package de.lotse.identity;

/** The parts of an office an admin request can touch; {@link OfficeAccess} decides who may. */
public enum OfficeArea {
  KNOWLEDGE_BASE,
  /**
   * The feedback inbox: citizens' unanswered and unhelpfully answered questions and their
   * comments (scrubbed), for the staff who look after the knowledge base.
   */
  FEEDBACK,
  SETTINGS,
  AUDIT,
  /** The office's users: inviting, roles, disabling. */
  USERS,
  /** The office's own statistics, including its citizens' scrubbed unanswered questions. */
  STATISTICS,
  /** Activating and suspending the office: the platform operator's decision. */
  STATUS
}
