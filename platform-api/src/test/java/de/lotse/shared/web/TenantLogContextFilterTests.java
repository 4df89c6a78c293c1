package de.lotse.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which office a request's log lines carry. */
class TenantLogContextFilterTests {

  private final TenantLogContextFilter filter = new TenantLogContextFilter();

  /** The MDC value the rest of the request saw, and what is left after it. */
  private List<String> officeLoggedFor(String path) throws Exception {
    List<String> seen = new ArrayList<>();
    FilterChain chain = (request, response) -> seen.add(MDC.get("tenant"));
    filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
    seen.add(MDC.get("tenant"));
    return seen;
  }

  @Test
  void adminRequestsAboutAnOfficeCarryIt() throws Exception {
    assertThat(officeLoggedFor("/api/v1/admin/tenants/rosenheim/feedback"))
        .containsExactly("rosenheim", null);
    assertThat(officeLoggedFor("/api/v1/admin/tenants/rosenheim"))
        .containsExactly("rosenheim", null);
  }

  @Test
  void publicRequestsCarryTheirOffice() throws Exception {
    assertThat(officeLoggedFor("/api/v1/public/tenants/musterstadt/messages"))
        .containsExactly("musterstadt", null);
  }

  @Test
  void requestsAboutNoSingleOfficeCarryNone() throws Exception {
    assertThat(officeLoggedFor("/api/v1/admin/tenants")).containsExactly(null, null);
    assertThat(officeLoggedFor("/api/v1/admin/tenants/")).containsExactly(null, null);
    assertThat(officeLoggedFor("/actuator/health")).containsExactly(null, null);
  }

  @Test
  void onlySlugShapedValuesReachTheLog() throws Exception {
    assertThat(officeLoggedFor("/api/v1/admin/tenants/Ros%0D%0Aenheim/entries"))
        .containsExactly(null, null);
    assertThat(officeLoggedFor("/api/v1/admin/tenants/" + "a".repeat(49) + "/entries"))
        .containsExactly(null, null);
  }

  @Test
  void theOfficeIsClearedEvenWhenTheRequestFails() {
    FilterChain failing = (request, response) -> {
      throw new IllegalStateException("boom");
    };
    try {
      filter.doFilter(
          new MockHttpServletRequest("GET", "/api/v1/admin/tenants/rosenheim/audit"),
          new MockHttpServletResponse(),
          failing);
    } catch (Exception expected) {
      // the request failed; what matters is the MDC afterwards
    }
    assertThat(MDC.get("tenant")).isNull();
  }
}
