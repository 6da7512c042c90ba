package org.primarysources.archive.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void everyAnswerCarriesTheHeadersBeforeTheRestOfTheChainWrites() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> seenByTheChain = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> null);
        FilterChain chain = (req, res) -> seenByTheChain.putAll(headers);

        new SecurityHeaders().doFilter(request, response, chain);

        assertThat(seenByTheChain).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'")
                .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin")
                .containsKey("Permissions-Policy");
        assertThat(seenByTheChain.get("Permissions-Policy")).contains("camera=()").doesNotContain("clipboard");
    }
}
