package de.lotse.tenant;

import de.lotse.audit.AuditTrail;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Offices' logos: checked on upload ({@link LogoInspector}), stored in PostgreSQL with the office
 * (row-level security like all its data), served by the public API. Uploading points the office's
 * {@code branding.logoUrl} at the stored logo, with its content hash in the URL, so the widget
 * shows it as soon as the office's settings reach an instance, and browsers may cache each
 * version for good.
 */
@Service
public class TenantLogos {

  static final int VERSION_LENGTH = 12;

  private final TenantScope scope;
  private final JdbcTemplate jdbc;
  private final TenantRepository tenants;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LogoInspector inspector;
  private final long maxBytes;

  TenantLogos(
      TenantScope scope,
      JdbcTemplate jdbc,
      TenantRepository tenants,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      LogoProperties properties) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.tenants = tenants;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.inspector = new LogoInspector(properties.maxDimension());
    this.maxBytes = properties.maxSize().toBytes();
  }

  /** Checks an upload and makes it the office's logo. */
  public LogoSummary store(TenantProfile office, InputStream upload, String actor)
      throws IOException {
    byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      String message = "is larger than " + maxBytes / 1024 + " KB; make it smaller (a logo"
          + " is shown about 32 pixels high)";
      throw new ApiProblem(
          ProblemType.LOGO_TOO_LARGE,
          "The logo " + message + ".",
          List.of(new ApiProblem.FieldProblem("file", message)));
    }
    LogoImage image = inspect(bytes);
    String sha256 = sha256(image.content());
    String url = LogoPaths.url(office.slug(), sha256.substring(0, VERSION_LENGTH));
    return scope.write(office.id(), () -> {
      Instant now = clock.instant();
      jdbc.update(
          """
          insert into tenant_logo (tenant_id, content_type, content, sha256, width, height,
                                   updated_at, updated_by)
          values (?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (tenant_id) do update
             set content_type = excluded.content_type, content = excluded.content,
                 sha256 = excluded.sha256, width = excluded.width, height = excluded.height,
                 updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
          office.id(),
          image.contentType(),
          image.content(),
          sha256,
          image.width(),
          image.height(),
          Timestamp.from(now),
          actor);
      require(office).changeLogoUrl(url, now);
      audit.record(
          actor,
          "settings.logo.updated",
          office.slug(),
          Map.of(
              "contentType",
              image.contentType(),
              "bytes",
              image.content().length,
              "version",
              sha256.substring(0, VERSION_LENGTH)));
      events.publishEvent(new TenantChanged(office.id()));
      return new LogoSummary(
          url, image.contentType(), image.content().length, image.width(), image.height(), now);
    });
  }

  /**
   * Removes the office's logo; the widget shows none (unless {@code branding.logoUrl} names an
   * image elsewhere). Nothing to remove is no error.
   */
  public void delete(TenantProfile office, String actor) {
    scope.write(office.id(), () -> {
      int removed = jdbc.update("delete from tenant_logo where tenant_id = ?", office.id());
      Tenant tenant = require(office);
      if (LogoPaths.isUploaded(tenant.toProfile().branding().logoUrl(), office.slug())) {
        tenant.changeLogoUrl(null, clock.instant());
        events.publishEvent(new TenantChanged(office.id()));
      }
      if (removed > 0) {
        audit.record(actor, "settings.logo.deleted", office.slug(), Map.of());
      }
    });
  }

  /** The office's logo for the public API. */
  public Optional<StoredLogo> find(TenantProfile office) {
    return scope.read(
        office.id(),
        () -> jdbc
            .query(
                "select content_type, content, sha256 from tenant_logo where tenant_id = ?",
                (row, i) -> new StoredLogo(
                    row.getString("content_type"),
                    row.getBytes("content"),
                    row.getString("sha256").substring(0, VERSION_LENGTH),
                    row.getString("sha256")),
                office.id())
            .stream()
            .findFirst());
  }

  private LogoImage inspect(byte[] bytes) {
    try {
      return inspector.inspect(bytes);
    } catch (LogoRejectedException e) {
      throw new ApiProblem(
          ProblemType.INVALID_LOGO,
          "The logo " + e.getMessage() + ".",
          List.of(new ApiProblem.FieldProblem("file", e.getMessage())));
    }
  }

  private Tenant require(TenantProfile office) {
    return tenants
        .findById(office.id())
        .orElseThrow(
            () -> new ApiProblem(ProblemType.TENANT_NOT_FOUND, "No office with this id exists."));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
