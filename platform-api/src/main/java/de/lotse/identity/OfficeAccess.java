package de.lotse.identity;

import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a caller may touch a part of an office. The office always
 * comes from the URL and is checked against the token; it is never picked from the token.
 *
 * <ul>
 *   <li>tenant-admin: every part of the caller's own offices (their users included) except
 *       their status;
 *   <li>tenant-editor: the knowledge base, the feedback inbox and the statistics of the caller's
 *       own offices;
 *   <li>platform-admin: every part of every office;
 *   <li>ministry-analyst: no part of any office, in particular none of the questions and comments
 *       citizens sent to an office; the pilot's statistics across offices (their own endpoints,
 *       {@link #requirePilotStatistics}).
 * </ul>
 *
 * <p>An unknown office is 404; a known office the caller may not touch is 403. Which offices exist
 * is no secret: every active or suspended office answers on the public chat API under its slug, so
 * a 404 would hide nothing and only make a mistyped slug and a missing right look alike. Pending
 * offices (signed up, not yet approved) are not public, so callers unrelated to one get 404. What
 * lies inside an office (entries, revisions) is looked up only after this check and only within
 * the office of the URL: another office's entry is simply not found there.
 */
@Component
public class OfficeAccess {

  private final TenantService tenants;

  OfficeAccess(TenantService tenants) {
    this.tenants = tenants;
  }

  /** The office of the URL, if the caller may touch this part of it; else the matching problem. */
  public TenantProfile require(Caller caller, String slug, OfficeArea area) {
    Optional<TenantProfile> office =
        slug.length() > 48 ? Optional.empty() : tenants.findBySlug(slug);
    boolean allowed = may(caller, slug, area);
    if (office.isEmpty() || !allowed && hiddenFrom(caller, office.get())) {
      throw new ApiProblem(
          ProblemType.TENANT_NOT_FOUND,
          "There is no office \"" + abbreviate(slug) + "\". Check the address.");
    }
    if (!allowed) {
      throw new ApiProblem(ProblemType.FORBIDDEN, forbiddenDetail(caller, slug, area));
    }
    return office.get();
  }

  public void requirePlatformAdmin(Caller caller) {
    if (!caller.has(Role.PLATFORM_ADMIN)) {
      throw new ApiProblem(
          ProblemType.FORBIDDEN,
          "Only the platform's operators (role platform-admin) may do this.");
    }
  }

  /**
   * The ministry's view of the pilot (all offices' aggregated statistics): ministry analysts and
   * the platform's operators.
   */
  public void requirePilotStatistics(Caller caller) {
    if (!caller.has(Role.MINISTRY_ANALYST) && !caller.has(Role.PLATFORM_ADMIN)) {
      throw new ApiProblem(
          ProblemType.FORBIDDEN,
          "The pilot's statistics across offices are for"
              + " the ministry (role ministry-analyst) and the platform's operators; an office's own"
              + " figures are under /api/v1/admin/tenants/{slug}/stats.");
    }
  }

  /** The offices a caller may see in the office list. */
  public List<TenantProfile> visibleOffices(Caller caller) {
    List<TenantProfile> all = tenants.all();
    if (caller.has(Role.PLATFORM_ADMIN) || caller.has(Role.MINISTRY_ANALYST)) {
      return all;
    }
    return all.stream().filter(t -> caller.belongsTo(t.slug())).toList();
  }

  static boolean may(Caller caller, String slug, OfficeArea area) {
    if (caller.has(Role.PLATFORM_ADMIN)) {
      return true;
    }
    if (!caller.belongsTo(slug)) {
      return false;
    }
    return switch (area) {
      case KNOWLEDGE_BASE, FEEDBACK, STATISTICS ->
        caller.has(Role.TENANT_ADMIN) || caller.has(Role.TENANT_EDITOR);
      case SETTINGS, AUDIT, USERS -> caller.has(Role.TENANT_ADMIN);
      case STATUS -> false;
    };
  }

  private static boolean hiddenFrom(Caller caller, TenantProfile office) {
    return office.status() == TenantStatus.PENDING && !caller.belongsTo(office.slug());
  }

  private static String forbiddenDetail(Caller caller, String slug, OfficeArea area) {
    if (!caller.belongsTo(slug)) {
      return "You are not a member of the office \"" + slug + "\"; ask its administrators.";
    }
    return switch (area) {
      case KNOWLEDGE_BASE ->
        "Editing the knowledge base needs the role tenant-editor or" + " tenant-admin.";
      case FEEDBACK ->
        "The feedback inbox is for the office's editors and administrators (role"
            + " tenant-editor or tenant-admin).";
      case STATISTICS ->
        "The office's statistics are for its staff (role tenant-editor or" + " tenant-admin).";
      case SETTINGS, AUDIT, USERS ->
        "This part of the office is for its administrators (role" + " tenant-admin).";
      case STATUS -> "Only the platform's operators may activate or suspend an office.";
    };
  }

  private static String abbreviate(String slug) {
    return slug.length() > 48 ? slug.substring(0, 48) + "…" : slug;
  }
}
