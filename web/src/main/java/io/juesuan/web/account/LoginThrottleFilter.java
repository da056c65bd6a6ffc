package io.juesuan.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (the login form's POST, or an API call with HTTP Basic) while its user
 * name or client address is throttled, before the password is looked at: the same answer whether
 * the name exists or not.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> address = Optional.ofNullable(req.getRemoteAddr());
    if ("POST".equals(req.getMethod())
        && req.getRequestURI().equals(req.getContextPath() + "/login")
        && req.getParameter("username") != null
        && throttle.isThrottled(req.getParameter("username"), address)) {
      res.sendRedirect(req.getContextPath() + "/login?locked");
      return;
    }
    Optional<String> basicUser = basicUser(req.getHeader("Authorization"));
    if (basicUser.isPresent() && throttle.isThrottled(basicUser.get(), address)) {
      res.setStatus(429);
      res.setHeader("Retry-After", String.valueOf(LoginThrottle.FIRST_DELAY.toSeconds()));
      res.setContentType("application/problem+json;charset=UTF-8");
      res.getOutputStream()
          .write(
              ("{\"title\":\"登录尝试过多\",\"status\":429," + "\"detail\":\"登录失败次数过多，请稍后再试\"}")
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(req, res);
  }

  static Optional<String> basicUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
