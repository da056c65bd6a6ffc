package io.juesuan.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Publication day: the public portal's pages (front page, a department, a report, a comparison) are
 * the same for every anonymous reader, so each is rendered once and served from memory until
 * something changes — a version published or a new one started ({@code PublicContentChanged}, after
 * its transaction commits), or any POST, PUT, PATCH or DELETE (an administrator's change) — or
 * {@code juesuan.portal.cache-seconds} (default 60 s) pass. Signed-in users, other routes,
 * responses that set a cookie or are not 200 HTML are never cached; the cache holds at most {@link
 * #MAX_ENTRIES} pages.
 */
@Component
public class PublicPageCache extends OncePerRequestFilter {
  static final int MAX_ENTRIES = 2_000;
  private static final Pattern PUBLIC_PAGE =
      Pattern.compile("/|/reports/\\d+|/departments/\\d+|/compare");

  /** A rendered page, also gzip-compressed once (the server would compress it on every request). */
  private record Page(byte[] body, byte[] gzipped, String contentType, long expiresAt) {}

  private static byte[] gzip(byte[] body) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(body);
    }
    return out.toByteArray();
  }

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();
  private final long ttlMillis;

  PublicPageCache(@Value("${juesuan.portal.cache-seconds:60}") long seconds) {
    this.ttlMillis = seconds * 1000;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return ttlMillis <= 0;
  }

  private static boolean changes(HttpServletRequest request) {
    return switch (request.getMethod()) {
      case "POST", "PUT", "PATCH", "DELETE" -> true;
      default -> false;
    };
  }

  private static boolean cacheable(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && PUBLIC_PAGE.matcher(request.getRequestURI()).matches()
        && anonymous();
  }

  /** Forgets every page once a change to what the portal shows has been committed. */
  @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
  public void clear(io.juesuan.web.report.PublicContentChanged change) {
    pages.clear();
  }

  private static boolean anonymous() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (changes(request)) {
      try {
        chain.doFilter(request, response);
      } finally {
        pages.clear();
      }
      return;
    }
    if (!cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getRequestURI() + "?" + request.getQueryString();
    long now = System.currentTimeMillis();
    Page hit = pages.get(key);
    // an expired page is served while one request renders its successor (no stampede of renders)
    boolean fresh = hit != null && hit.expiresAt() > now;
    boolean refresher = hit != null && !fresh && refreshing.putIfAbsent(key, Boolean.TRUE) == null;
    if (hit != null && !refresher) {
      response.setContentType(hit.contentType());
      response.addHeader("Vary", "Accept-Encoding");
      String accepts = request.getHeader("Accept-Encoding");
      byte[] body = hit.body();
      if (accepts != null && accepts.contains("gzip")) {
        response.setHeader("Content-Encoding", "gzip");
        body = hit.gzipped();
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
    } finally {
      if (refresher) {
        refreshing.remove(key);
      }
    }
    String type = wrapper.getContentType();
    if (wrapper.getStatus() == 200
        && type != null
        && type.startsWith("text/html")
        && !wrapper.containsHeader("Set-Cookie")) {
      if (pages.size() >= MAX_ENTRIES) {
        pages.clear();
      }
      byte[] body = wrapper.getContentAsByteArray();
      pages.put(key, new Page(body, gzip(body), type, now + ttlMillis));
    }
    wrapper.copyBodyToResponse();
  }
}
