package io.juesuan.web.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may do what. Pages: form login, CSRF on every form, sessions in the database (Spring Session
 * JDBC). API: HTTP Basic, stateless, so a browser's session cookie never authorizes an API call
 * (which is why the API needs no CSRF token). Per-report rules (a 填报人 sees only the department's
 * reports) are checked in {@code ReportService}.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
    http.securityMatcher("/api/**")
        .addFilterBefore(
            new LoginThrottleFilter(throttle),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .headers(SecurityConfiguration::commonHeaders)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        org.springframework.http.HttpMethod.GET,
                        "/api/v1/reports",
                        "/api/v1/reports/*",
                        "/api/v1/reports/*/**",
                        "/api/v1/compare",
                        "/api/v1/district/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.realmName("juesuan"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
    http.addFilterBefore(
            new LoginThrottleFilter(throttle),
            org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter
                .class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/filing/**")
                    .hasRole("FILER")
                    .requestMatchers("/review/**")
                    .hasAnyRole("REVIEWER", "ADMIN")
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/account/**", "/reports/*/attachments/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .defaultSuccessUrl("/account/home", true)
                    .failureHandler(
                        (req, res, ex) ->
                            res.sendRedirect(
                                req.getContextPath()
                                    + (ex instanceof LockedException
                                        ? "/login?locked"
                                        : "/login?error"))))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
        .headers(
            h ->
                commonHeaders(h)
                    .contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'")))
        .csrf(Customizer.withDefaults());
    return http.build();
  }

  /**
   * Always: no referrer beyond the origin to other sites, no camera/microphone/geolocation. HSTS is
   * Spring Security's default for requests that arrived over TLS — directly, or at a reverse proxy
   * that says so in X-Forwarded-Proto ({@code server.forward-headers-strategy=native}); session
   * cookies are then {@code Secure} too.
   */
  static org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<
          HttpSecurity>
      commonHeaders(
          org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<
                  HttpSecurity>
              h) {
    return h.referrerPolicy(
            r ->
                r.policy(
                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .addHeaderWriter(
            new org.springframework.security.web.header.writers.StaticHeadersWriter(
                "Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000));
  }
}
