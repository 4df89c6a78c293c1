package de.lotse.onboarding;

import de.lotse.shared.web.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The starter knowledge bases a new office can be given: a name and an exchange-format file. */
@Component
class StarterTemplates {

  private final OnboardingProperties properties;
  private final ResourceLoader resources;

  StarterTemplates(OnboardingProperties properties, ResourceLoader resources) {
    this.properties = properties;
    this.resources = resources;
  }

  /** The template's name, checked; 400 naming {@code template} when there is no such one. */
  String require(String name) {
    if (name == null || !properties.templates().containsKey(name)) {
      throw ApiProblem.invalidField(
          "template",
          "choose one of "
              + String.join(", ", new TreeSet<>(properties.templates().keySet())));
    }
    return name;
  }

  /** The template's file, opened; empty for a template without content. */
  Optional<InputStream> open(String name) {
    String location = properties.templates().get(require(name));
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(resources.getResource(location).getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "starter template " + name + " not readable at " + location, e);
    }
  }
}
