package de.lotse.onboarding;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param templates starter knowledge bases an operator can choose when approving an office: name
 *     to the location of a file in the exchange format, or empty for none
 *     ({@code LOTSE_ONBOARDING_TEMPLATES_<NAME>}; application.yml has {@code demo} and
 *     {@code empty})
 */
@ConfigurationProperties("lotse.onboarding")
record OnboardingProperties(Map<String, String> templates) {

  OnboardingProperties {
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }
}
