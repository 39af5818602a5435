package org.deconfliction.atlas.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The HTTP API's filter chain ({@code /api/**}, before the UI's): HTTP Basic or the browser's session, the role
 * rules of {@link ApiAccessRules}, and refusals as problem details. CSRF protection applies to writes that rely on
 * a signed-in session (a browser could be tricked into sending those); a request with its own
 * {@code Authorization} header, a reading request and an anonymous one (refused anyway) need no token. Passwords are hashed with bcrypt through Spring Security's
 * delegating encoder, so a stored hash names its algorithm and can be upgraded later.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class ApiSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http,
            @Value("${atlas.security.anonymous-read:true}") boolean anonymousRead) throws Exception {
        ApiAccessRules rules = new ApiAccessRules(anonymousRead);
        ProblemResponses problems = new ProblemResponses(rules);
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        RequestMatcher sessionWrite = request -> !ApiAccessRules.isReading(request)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && sessions.containsContext(request);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(
                        (authentication, context) -> decide(rules, authentication.get(), context)))
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(sessionWrite))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    private static AuthorizationDecision decide(ApiAccessRules rules, Authentication authentication,
            RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        return new AuthorizationDecision(rules.needed(request).map(role -> holds(authentication, role)).orElse(true));
    }

    private static boolean holds(Authentication authentication, Role role) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }
}
