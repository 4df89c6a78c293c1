package de.lotse.adminui;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the admin app's built files (the tenant-admin-ui module's jar) under {@code /admin/}.
 * Its own routes ({@code /admin/o/rosenheim/knowledge}, …) are addresses in the browser only, so
 * every path that names no file gets {@code index.html} and the app routes it. The built scripts
 * and styles carry their content hash in the name and are cached for good; {@code index.html} is
 * revalidated every time so a new build is picked up at once.
 */
@Configuration(proxyBeanMethods = false)
class AdminUiResources implements WebMvcConfigurer {

  static final String LOCATION = "lotse-admin-ui/";

  private static final Logger log = LoggerFactory.getLogger(AdminUiResources.class);

  AdminUiResources() {
    if (!new ClassPathResource(LOCATION + "index.html").exists()) {
      log.warn(
          "The admin app is not on the classpath ({}index.html); /admin/ answers 404. Build"
              + " the tenant-admin-ui module (mvn package at the top level) to include it.",
          LOCATION);
    }
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/admin/assets/**")
        .addResourceLocations("classpath:/" + LOCATION + "assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    registry
        .addResourceHandler("/admin/**")
        .addResourceLocations("classpath:/" + LOCATION)
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new AppRoutes());
  }

  /** A file if there is one; for an address without a file extension, the app's page. */
  private static final class AppRoutes extends PathResourceResolver {

    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
      Resource file = super.getResource(resourcePath, location);
      if (file != null) {
        return file;
      }
      String lastSegment = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
      return lastSegment.contains(".") ? null : super.getResource("index.html", location);
    }
  }
}
