package de.lotse.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  /** The name under which admin operations require an access token. */
  static final String ADMIN_TOKEN = "keycloak-token";

  private static final String ADMIN_PATHS = "/api/v1/admin/";

  @Bean
  OpenAPI lotseOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Lotse platform API")
            .description("Public chat API for immigration offices' citizen chatbots, and the admin"
                + " API for offices, the platform's operators and the ministry. Errors are RFC 9457"
                + " problem details (application/problem+json).")
            .version("v1")
            .license(new License()
                .name("Apache-2.0")
                .url("https://www.apache.org/licenses/LICENSE-2.0")))
        .components(new Components()
            .addSecuritySchemes(
                ADMIN_TOKEN,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description("An access token (JWT) of the platform's Keycloak realm, sent as"
                        + " \"Authorization: Bearer …\"; the platform checks its issuer, audience and"
                        + " lifetime. Roles come from realm_access.roles, the caller's offices from"
                        + " organization.")));
  }

  /**
   * Every admin operation needs the token, no public one does: declared per operation, so that
   * Swagger UI sends the token only where it belongs and clients generated from the description
   * know which calls need it.
   */
  @Bean
  OpenApiCustomizer adminOperationsNeedAToken() {
    return openApi -> {
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().forEach((path, item) -> {
        if (path.startsWith(ADMIN_PATHS)) {
          item.readOperations()
              .forEach(operation ->
                  operation.addSecurityItem(new SecurityRequirement().addList(ADMIN_TOKEN)));
        }
      });
    };
  }
}
