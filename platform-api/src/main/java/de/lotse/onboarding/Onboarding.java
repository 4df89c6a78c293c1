package de.lotse.onboarding;

import de.lotse.audit.AuditTrail;
import de.lotse.identity.NewOfficeUser;
import de.lotse.identity.OfficeOrganizations;
import de.lotse.identity.OfficeUsers;
import de.lotse.knowledge.KnowledgeService;
import de.lotse.knowledge.exchange.InvalidKnowledgeBaseException;
import de.lotse.shared.TenantScope;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.ApiProblem.FieldProblem;
import de.lotse.shared.web.ProblemType;
import de.lotse.tenant.Branding;
import de.lotse.tenant.Handoff;
import de.lotse.tenant.NewTenant;
import de.lotse.tenant.TenantProfile;
import de.lotse.tenant.TenantService;
import de.lotse.tenant.TenantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offices sign up by themselves and a platform operator approves or rejects them.
 *
 * <p>Approval touches three systems that share no transaction (the database, Keycloak, the mail
 * server), so it is a sequence of steps each of which finds and keeps what an earlier,
 * interrupted attempt created: the office (pending, hidden) is created once and remembered on the
 * sign-up; its Keycloak organization and first administrator are looked up before they are
 * created; the starter knowledge base is imported only into an empty office. Only when all of it
 * exists does the office become active and the sign-up approved, so an approval that failed
 * half-way is finished by approving again.
 */
@Service
public class Onboarding {

  private static final Logger log = LoggerFactory.getLogger(Onboarding.class);
  private static final Set<String> STATUSES =
      Set.of(OfficeSignup.PENDING, OfficeSignup.APPROVED, OfficeSignup.REJECTED);

  private final OfficeSignups signups;
  private final TenantService tenants;
  private final OfficeOrganizations organizations;
  private final OfficeUsers users;
  private final KnowledgeService knowledge;
  private final StarterTemplates templates;
  private final AuditTrail audit;
  private final TenantScope scope;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Onboarding(
      OfficeSignups signups,
      TenantService tenants,
      OfficeOrganizations organizations,
      OfficeUsers users,
      KnowledgeService knowledge,
      StarterTemplates templates,
      AuditTrail audit,
      TenantScope scope,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.signups = signups;
    this.tenants = tenants;
    this.organizations = organizations;
    this.users = users;
    this.knowledge = knowledge;
    this.templates = templates;
    this.audit = audit;
    this.scope = scope;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Records a sign-up; its slug and e-mail domain are reserved until an operator decides. */
  public SignupView submit(SignupRequest request) {
    request.validate();
    return transactions.execute(status -> {
      if (tenants.findBySlug(request.slug()).isPresent()
          || signups.existsBySlugAndStatus(request.slug(), OfficeSignup.PENDING)) {
        throw slugTaken(request.slug());
      }
      if (signups.existsByEmailDomainAndStatus(request.emailDomain(), OfficeSignup.PENDING)) {
        throw domainTaken(request.emailDomain());
      }
      try {
        return signups.saveAndFlush(new OfficeSignup(request, clock.instant())).toView();
      } catch (DataIntegrityViolationException concurrentTwin) {
        // A sign-up with the same slug or domain was committed between the checks and the insert.
        String message = String.valueOf(concurrentTwin.getMostSpecificCause().getMessage());
        throw message.contains("domain")
            ? domainTaken(request.emailDomain())
            : slugTaken(request.slug());
      }
    });
  }

  /** @param status {@code pending}, {@code approved}, {@code rejected}, or null for all */
  public List<SignupView> list(String status) {
    if (status != null && !STATUSES.contains(status)) {
      throw ApiProblem.invalidField("status", "use pending, approved or rejected");
    }
    return transactions.execute(tx -> (status == null
            ? signups.findAllByOrderByCreatedAtDesc()
            : signups.findByStatusOrderByCreatedAtDesc(status))
        .stream().map(OfficeSignup::toView).toList());
  }

  /**
   * Sets the office up and makes it active: its Keycloak organization (alias = slug, with the
   * e-mail domain), the contact person as its first administrator with an invitation e-mail,
   * and the chosen starter knowledge base as drafts for the office to review and publish.
   */
  public SignupView approve(UUID signupId, String template, String actor) {
    String chosen = templates.require(template);
    OfficeSignup signup = transactions.execute(tx -> requirePending(signupId));
    TenantProfile office = pendingOffice(signupId, chosen);
    organizations.ensure(office, signup.emailDomain());
    if (knowledge.countEntries(office.id()) == 0) {
      importStarter(office, chosen, actor);
    }
    users.inviteFirstAdmin(
        office,
        new NewOfficeUser(
            signup.contactEmail(),
            signup.contactFirstName(),
            signup.contactLastName(),
            "tenant-admin"),
        actor,
        "contactEmail");
    if (office.status() != TenantStatus.ACTIVE) {
      tenants.changeStatus(office.id(), TenantStatus.ACTIVE, actor);
    }
    return finishApproval(signupId, office, chosen, actor);
  }

  public SignupView reject(UUID signupId, String reason, String actor) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 2000) {
      throw ApiProblem.invalidField("reason", "give a reason (at most 2000 characters)");
    }
    SignupView rejected = transactions.execute(tx -> {
      OfficeSignup signup = requirePending(signupId);
      if (signup.tenantId() != null) {
        throw new ApiProblem(
            ProblemType.SIGNUP_DECIDED,
            "An approval of this sign-up has"
                + " already set the office up; finish it by approving again.");
      }
      signup.reject(why, actor, clock.instant());
      return signup.toView();
    });
    log.info("Sign-up {} rejected", signupId);
    return rejected;
  }

  /** The office of the sign-up, created (pending, so hidden) on the first approval attempt. */
  private TenantProfile pendingOffice(UUID signupId, String template) {
    return transactions.execute(tx -> {
      OfficeSignup signup = requirePending(signupId);
      Optional<TenantProfile> existing = tenants.findBySlug(signup.slug());
      if (signup.tenantId() != null) {
        return existing
            .filter(t -> t.id().equals(signup.tenantId()))
            .orElseThrow(() -> new IllegalStateException("the sign-up's office is gone"));
      }
      if (existing.isPresent()) {
        throw slugTaken(signup.slug());
      }
      TenantProfile office = tenants.create(newOffice(signup), TenantStatus.PENDING);
      signup.startApproval(office.id(), template);
      return office;
    });
  }

  private SignupView finishApproval(
      UUID signupId, TenantProfile office, String template, String actor) {
    OfficeSignup approved = transactions.execute(tx -> {
      OfficeSignup signup = signups.findById(signupId).orElseThrow();
      if (signup.isPending()) {
        signup.approve(template, actor, clock.instant());
      }
      return signup;
    });
    scope.write(office.id(), () -> {
      Map<String, Object> signedUp = new LinkedHashMap<>();
      signedUp.put("signupId", signupId.toString());
      signedUp.put("signedUpAt", approved.createdAt().toString());
      signedUp.put("officeName", approved.officeName());
      signedUp.put("emailDomain", approved.emailDomain());
      audit.record(approved.contactEmail(), "office.signed-up", office.slug(), signedUp);
      audit.record(
          actor,
          "office.approved",
          office.slug(),
          Map.of(
              "signupId",
              signupId.toString(),
              "template",
              template,
              "firstAdmin",
              approved.contactEmail()));
    });
    log.info("Sign-up {} approved: office {} is active", signupId, office.slug());
    return approved.toView();
  }

  private void importStarter(TenantProfile office, String template, String actor) {
    Optional<InputStream> file = templates.open(template);
    if (file.isEmpty()) {
      return;
    }
    // Drafts: a starter text is no office's official statement until the office published it.
    try (InputStream in = file.get()) {
      knowledge.importFile(office.id(), in, actor, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidKnowledgeBaseException e) {
      throw new IllegalStateException(
          "starter template " + template + " is invalid: " + e.problems(), e);
    }
  }

  private OfficeSignup requirePending(UUID signupId) {
    OfficeSignup signup = signups
        .findById(signupId)
        .orElseThrow(() ->
            new ApiProblem(ProblemType.SIGNUP_NOT_FOUND, "There is no sign-up with this id."));
    if (!signup.isPending()) {
      SignupView view = signup.toView();
      throw new ApiProblem(
          ProblemType.SIGNUP_DECIDED,
          "This sign-up was already " + view.status() + " by " + view.decidedBy() + " at "
              + view.decidedAt() + ".");
    }
    return signup;
  }

  /** Settings to start with; the office's administrators change them after approval. */
  private static NewTenant newOffice(OfficeSignup signup) {
    String name = signup.officeName();
    return new NewTenant(
        signup.slug(),
        name,
        "Lotse",
        "de",
        List.of("de", "en"),
        Map.of(
            "de",
            "Hallo! Ich bin der digitale Assistent von " + name + ". Stellen Sie mir Ihre Frage.",
            "en",
            "Hello! I am the digital assistant of " + name + ". Ask me your question."),
        Branding.defaults(),
        Handoff.none(),
        List.of(),
        null);
  }

  private static ApiProblem slugTaken(String slug) {
    return new ApiProblem(
        ProblemType.SLUG_TAKEN,
        "The name \"" + slug + "\" is already taken"
            + " by another office or sign-up; choose another.",
        List.of(new FieldProblem("slug", "is already taken")));
  }

  private static ApiProblem domainTaken(String domain) {
    return new ApiProblem(
        ProblemType.DOMAIN_TAKEN,
        "A sign-up for " + domain + " is already"
            + " waiting for a decision; the platform's operators will be in touch.",
        List.of(new FieldProblem("emailDomain", "already has a sign-up waiting")));
  }
}
