package de.lotse.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI lotseOpenApi() {
    return new OpenAPI().info(new Info()
        .title("Lotse platform API")
        .description("Public chat API for immigration offices' citizen chatbots. Errors are RFC 9457"
            + " problem details (application/problem+json).")
        .version("v1")
        .license(new License().name("Apache-2.0")
            .url("https://www.apache.org/licenses/LICENSE-2.0")));
  }
}
