package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may touch which part of an office: the rules on their own, without HTTP. */
class OfficeAccessTests {

  private static Caller caller(Role role, String... offices) {
    return new Caller("sub", "user", Set.of(role), Set.of(offices));
  }

  @Test
  void tenantAdminMayTouchEveryPartOfOwnOfficeButItsStatus() {
    Caller admin = caller(Role.TENANT_ADMIN, "rosenheim");

    assertThat(OfficeAccess.may(admin, "rosenheim", OfficeArea.KNOWLEDGE_BASE)).isTrue();
    assertThat(OfficeAccess.may(admin, "rosenheim", OfficeArea.FEEDBACK)).isTrue();
    assertThat(OfficeAccess.may(admin, "rosenheim", OfficeArea.SETTINGS)).isTrue();
    assertThat(OfficeAccess.may(admin, "rosenheim", OfficeArea.AUDIT)).isTrue();
    assertThat(OfficeAccess.may(admin, "rosenheim", OfficeArea.STATISTICS)).isTrue();
    assertThat(OfficeAccess.may(admin, "rosenheim", OfficeArea.STATUS)).isFalse();
  }

  @Test
  void tenantAdminMayTouchNothingOfAnotherOffice() {
    Caller admin = caller(Role.TENANT_ADMIN, "rosenheim");

    for (OfficeArea area : OfficeArea.values()) {
      assertThat(OfficeAccess.may(admin, "musterstadt", area)).as(area.name()).isFalse();
    }
  }

  @Test
  void tenantEditorMayTouchOnlyTheKnowledgeBaseFeedbackAndStatisticsOfOwnOffice() {
    Caller editor = caller(Role.TENANT_EDITOR, "rosenheim");

    assertThat(OfficeAccess.may(editor, "rosenheim", OfficeArea.KNOWLEDGE_BASE)).isTrue();
    assertThat(OfficeAccess.may(editor, "rosenheim", OfficeArea.FEEDBACK)).isTrue();
    assertThat(OfficeAccess.may(editor, "musterstadt", OfficeArea.FEEDBACK)).isFalse();
    assertThat(OfficeAccess.may(editor, "rosenheim", OfficeArea.STATISTICS)).isTrue();
    assertThat(OfficeAccess.may(editor, "rosenheim", OfficeArea.SETTINGS)).isFalse();
    assertThat(OfficeAccess.may(editor, "rosenheim", OfficeArea.USERS)).isFalse();
    assertThat(OfficeAccess.may(editor, "rosenheim", OfficeArea.AUDIT)).isFalse();
    assertThat(OfficeAccess.may(editor, "musterstadt", OfficeArea.KNOWLEDGE_BASE))
        .isFalse();
    assertThat(OfficeAccess.may(editor, "musterstadt", OfficeArea.STATISTICS)).isFalse();
  }

  @Test
  void platformAdminMayTouchEveryPartOfEveryOffice() {
    Caller operator = caller(Role.PLATFORM_ADMIN);

    for (OfficeArea area : OfficeArea.values()) {
      assertThat(OfficeAccess.may(operator, "musterstadt", area))
          .as(area.name())
          .isTrue();
    }
  }

  @Test
  void ministryAnalystMayTouchNoPartOfAnyOffice() {
    Caller analyst = caller(Role.MINISTRY_ANALYST);

    for (OfficeArea area : OfficeArea.values()) {
      assertThat(OfficeAccess.may(analyst, "rosenheim", area)).as(area.name()).isFalse();
    }
  }

  @Test
  void ministryAnalystReadsNoCitizensFeedbackEvenAsAMemberOfTheOffice() {
    Caller analyst = caller(Role.MINISTRY_ANALYST, "rosenheim");

    assertThat(OfficeAccess.may(analyst, "rosenheim", OfficeArea.FEEDBACK)).isFalse();
  }

  @Test
  void officeMembershipWithoutAnOfficeRoleGrantsNothing() {
    Caller member = new Caller("sub", "user", Set.of(), Set.of("rosenheim"));

    for (OfficeArea area : OfficeArea.values()) {
      assertThat(OfficeAccess.may(member, "rosenheim", area)).as(area.name()).isFalse();
    }
  }
}
