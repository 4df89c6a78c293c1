package de.lotse.widget;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The widget script of this build, loaded once at start. */
@Component
class WidgetScripts {

  private final Optional<WidgetBundle> bundle;

  WidgetScripts() {
    this(WidgetBundle.fromClasspath(WidgetScripts.class.getClassLoader()));
  }

  WidgetScripts(Optional<WidgetBundle> bundle) {
    this.bundle = bundle;
  }

  Optional<WidgetBundle> bundle() {
    return bundle;
  }

  /** The script's URL for the platform's own pages: pinned to this build, so cached for good. */
  String pinnedPath() {
    return bundle
        .map(b -> WidgetScriptController.PATH + "?v=" + b.version())
        .orElse(WidgetScriptController.PATH);
  }
}
