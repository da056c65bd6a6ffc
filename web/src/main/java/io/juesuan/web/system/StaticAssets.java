package io.juesuan.web.system;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static assets (our CSS and scripts, the ECharts and htmx webjars, the favicon) are fingerprinted:
 * pages link them with the content's hash in the name ({@code juesuan-3f2a….css}, rewritten by
 * Thymeleaf's {@code @{…}}), so they can be cached for a year as immutable — a reader downloads the
 * 1 MB chart library once, not on every report page. Responses are compressed by the server.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {
  static final CacheControl IMMUTABLE =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(IMMUTABLE)
        .resourceChain(true)
        .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
        .addResolver(new LiteWebJarsResourceResolver());
    for (String dir : new String[] {"css", "js", "img"}) {
      registry
          .addResourceHandler("/" + dir + "/**")
          .addResourceLocations("classpath:/static/" + dir + "/")
          .setCacheControl(IMMUTABLE)
          .resourceChain(true)
          .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
  }
}
